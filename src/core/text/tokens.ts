/**
 * Tokens: words, quotation marks and other punctuation, with UTF-16 offsets. One linear pass with a
 * sticky regular expression; nothing here backtracks over more than one word.
 */
import abbreviations from '../data/abbreviations.json';

export interface Token {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Lowercase text, without a final abbreviation period ("mr" for "Mr."). */
  readonly lower: string;
  /** w = word, q = quotation mark or apostrophe, p = other punctuation. */
  readonly type: 'w' | 'q' | 'p';
  /** Starts with an uppercase letter. */
  readonly cap: boolean;
  /** Ends with an abbreviation period that does not end a sentence by itself. */
  readonly abbr: boolean;
  /** Index of the paragraph (in Structure.paragraphs) holding it. */
  para: number;
  /** Index of the sentence holding it, set by the sentence splitter. */
  sent: number;
}

const TITLES = new Set<string>(abbreviations.titles);
const OTHER = new Set<string>(abbreviations.other);
const QUOTE_CHARS = '"\'“”„‟«»‹›‘’‚‛「」『』';
const UPPER = /^\p{Lu}/u;
/** Names with a lowercase particle: "al-Amr", "d'Estaing". */
const PARTICLE_NAME = /^(?:al|el|ad|as|ash|bin|ibn|abu|d|de|l|o|van|von)[-'’]\p{Lu}/u;

export function isQuoteChar(ch: string): boolean {
  return QUOTE_CHARS.includes(ch);
}

/** Whether `word` followed by "." is an abbreviation ("Mr", "U.S", "W", "Calif"; "No" only before a digit). */
function isAbbreviation(word: string, text: string, dot: number): boolean {
  if (word.length > 6 && !word.includes('.')) return false;
  const lower = word.toLowerCase();
  if (TITLES.has(lower)) return true;
  if (word.length === 1) return startsUpper(word);
  if (word.includes('.') && /^(?:\p{L}\.)+\p{L}$/u.test(word)) return true;
  if (lower === 'no' || lower === 'nos') return /\s\d/.test(text.slice(dot + 1, dot + 3));
  return OTHER.has(lower) && (UPPER.test(word) || lower.length <= 3);
}

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const CONNECTORS = "’'-.&@_/";

/** Length (1 or 2 UTF-16 units) of the word character at `i`, or 0 when it is not one. ASCII is fast. */
function wordCharAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 : 0;
  if (c >= 0xd800 && c <= 0xdbff) {
    const cp = text.codePointAt(i) as number;
    return cp > 0xffff && WORD_CHAR.test(String.fromCodePoint(cp)) ? 2 : 0;
  }
  return WORD_CHAR.test(text[i]) ? 1 : 0;
}

/** End of the word starting at `i`: word characters joined by connectors ("al-Amr", "U.S", "1,500"). */
function wordEnd(text: string, i: number, to: number): number {
  let j = i;
  for (;;) {
    let n: number;
    while (j < to && (n = wordCharAt(text, j)) > 0) j += n;
    if (j + 1 >= to) return j;
    const c = text[j];
    const joins = CONNECTORS.includes(c) || (c === ',' && isDigit(text, j - 1) && isDigit(text, j + 1));
    if (!joins || wordCharAt(text, j + 1) === 0) return j;
    j++;
  }
}

function isDigit(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 48 && c <= 57;
}

/** Splits `text[from, to)` into tokens, paragraph index 0 (the caller assigns paragraphs). */
export function tokenize(text: string, from = 0, to = text.length, para = 0, tokens: Token[] = []): Token[] {
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 10 || c === 13 || c === 9 || c === 160 || c === 12 || c === 11) { i++; continue; }
    const first = wordCharAt(text, i);
    if (first === 0) {
      const width = c >= 0xd800 && c <= 0xdbff && i + 1 < to ? 2 : 1;
      const ch = text.slice(i, i + width);
      tokens.push({ start: i, end: i + width, text: ch, lower: ch, type: isQuoteChar(ch) ? 'q' : 'p', cap: false, abbr: false, para, sent: 0 });
      i += width;
      continue;
    }
    let end = wordEnd(text, i, to);
    const word = text.slice(i, end);
    const last = text.charCodeAt(end - 1);
    const apostrophe = text.charCodeAt(end - 2);
    if (word.length > 3 && (last === 115 || last === 83) && (apostrophe === 39 || apostrophe === 0x2019)) {
      // Split a possessive "'s" off ("Bush's" → "Bush" + "'s") so names stay names.
      tokens.push(makeWord(word.slice(0, -2), i, false, para));
      tokens.push(makeWord(word.slice(-2), end - 2, false, para));
    } else if (text.charCodeAt(end) === 46 && end < to && isAbbreviation(word, text, end)) {
      tokens.push(makeWord(word + '.', i, true, para));
      end++;
    } else {
      tokens.push(makeWord(word, i, false, para));
    }
    i = end;
  }
  return tokens;
}

function startsUpper(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return UPPER.test(word);
}

/** Whether an ASCII-only word has no uppercase letter (so it is its own lowercase form). */
function isLowerAscii(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if ((c >= 65 && c <= 90) || c > 127) return false;
  }
  return true;
}

function hasJoiner(word: string): boolean {
  for (let i = 1; i < word.length && i < 5; i++) {
    const c = word.charCodeAt(i);
    if (c === 45 || c === 39 || c === 0x2019) return true;
  }
  return false;
}

function makeWord(word: string, start: number, abbr: boolean, para: number): Token {
  const bare = abbr ? word.slice(0, -1) : word;
  const lower = isLowerAscii(bare) ? bare : bare.toLowerCase();
  const cap = startsUpper(word) || (word.length > 2 && hasJoiner(word) && PARTICLE_NAME.test(word));
  return { start, end: start + word.length, text: word, lower, type: 'w', cap, abbr, para, sent: 0 };
}
