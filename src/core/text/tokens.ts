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
const WORD = /\p{N}+(?:[.,]\p{N}+)+|[\p{L}\p{M}\p{N}]+(?:[’'\-.&@_/][\p{L}\p{M}\p{N}]+)*|[^\s]/uy;
const QUOTE_CHARS = '"\'“”„‟«»‹›‘’‚‛「」『』';
const UPPER = /^\p{Lu}/u;
const LETTER = /\p{L}/u;
/** Names with a lowercase particle: "al-Amr", "d'Estaing". */
const PARTICLE_NAME = /^(?:al|el|ad|as|ash|bin|ibn|abu|d|de|l|o|van|von)[-'’]\p{Lu}/u;

export function isQuoteChar(ch: string): boolean {
  return QUOTE_CHARS.includes(ch);
}

/** Whether `word` followed by "." is an abbreviation ("Mr", "U.S", "W", "Calif"; "No" only before a digit). */
function isAbbreviation(word: string, text: string, dot: number): boolean {
  const lower = word.toLowerCase();
  if (TITLES.has(lower)) return true;
  if (word.length === 1 && UPPER.test(word)) return true;
  if (/^(?:\p{L}\.)+\p{L}$/u.test(word)) return true;
  if (lower === 'no' || lower === 'nos') return /\s\d/.test(text.slice(dot + 1, dot + 3));
  return OTHER.has(lower) && (UPPER.test(word) || lower.length <= 3);
}

/** Splits `text[from, to)` into tokens, paragraph index 0 (the caller assigns paragraphs). */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  WORD.lastIndex = from;
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 10 || c === 13 || c === 9 || c === 160 || c === 12 || c === 11) { i++; continue; }
    WORD.lastIndex = i;
    const m = WORD.exec(text);
    if (!m) { i++; continue; }
    let word = m[0];
    let end = i + word.length;
    if (end > to) { end = to; word = text.slice(i, to); }
    if (word.length > 1 || LETTER.test(word) || /\d/.test(word)) {
      // Split a possessive "'s" off ("Bush's" → "Bush" + "'s") so names stay names.
      const poss = /^(.+)(['’]s)$/.exec(word);
      if (poss && poss[1].length > 1) {
        tokens.push(makeWord(poss[1], i, false));
        tokens.push(makeWord(poss[2], i + poss[1].length, false));
      } else if (text.charCodeAt(end) === 46 && end < to && isAbbreviation(word, text, end)) {
        tokens.push(makeWord(word + '.', i, true));
        end++;
      } else {
        tokens.push(makeWord(word, i, false));
      }
    } else {
      tokens.push({ start: i, end, text: word, lower: word, type: isQuoteChar(word) ? 'q' : 'p', cap: false, abbr: false, para: 0, sent: 0 });
    }
    i = end;
  }
  return tokens;
}

function makeWord(word: string, start: number, abbr: boolean): Token {
  const lower = (abbr ? word.slice(0, -1) : word).toLowerCase();
  return { start, end: start + word.length, text: word, lower, type: 'w', cap: UPPER.test(word) || PARTICLE_NAME.test(word), abbr, para: 0, sent: 0 };
}
