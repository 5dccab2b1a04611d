/**
 * Tokens: words, quotation marks and other punctuation, with UTF-16 offsets, written into a TokenTable.
 * One linear pass over the characters; nothing here backtracks over more than one word. What a word's text
 * tells (its lowercase form, capital, abbreviation) is worked out once per distinct word of the document
 * (WordCache): the same few thousand words make up most of any text.
 */
import abbreviations from '../data/abbreviations.json';
import { PUNCT, QUOTE, WORD, type TokenTable } from './tokenTable';
import { nextHash, WordTable } from './wordTable';

const TITLES = new Set<string>(abbreviations.titles);
const OTHER = new Set<string>(abbreviations.other);
const QUOTE_CHARS = '"\'“”„‟«»‹›‘’‚‛「」『』';
const UPPER = /^\p{Lu}/u;
const UPPER_OR_DIGIT = /[\p{Lu}\d]/u;
/** Names with a lowercase particle: "al-Amr", "d'Estaing". */
const PARTICLE_NAME = /^(?:al|el|ad|as|ash|bin|ibn|abu|d|de|l|o|van|von)[-'’]\p{Lu}/u;

export function isQuoteChar(ch: string): boolean {
  return QUOTE_CHARS.includes(ch);
}

/** What a token's text tells, computed once per distinct text. `flags` as TokenTable.push takes them. */
interface WordInfo {
  /** The text as written. */
  readonly word: string;
  readonly lower: string;
  /** Index of `lower` in the table's vocabulary. */
  readonly id: number;
  readonly flags: number;
  /** Whether the word followed by "." is an abbreviation; undefined until asked (or when it depends on the text after). */
  abbreviation?: boolean;
  /** The info of the word with its abbreviation period ("Mr."), made when first needed. */
  dotted?: WordInfo;
}

/** Per-document memo of word infos and of punctuation marks (so each distinct one is made once). */
export interface WordCache {
  readonly words: WordTable<WordInfo>;
  readonly marks: Map<number, WordInfo>;
  /** Vocabulary index of each distinct lowercase form. */
  readonly ids: Map<string, number>;
  readonly vocabulary: string[];
  /** Makes the info of a word seen for the first time (one function per cache, not one per token). */
  readonly makeWord: (word: string) => WordInfo;
}

export function newWordCache(table: TokenTable): WordCache {
  const cache: WordCache = { words: new WordTable(), marks: new Map(), ids: new Map(), vocabulary: table.vocabulary, makeWord: (word) => makeInfo(cache, word, false) };
  return cache;
}

function idOf(cache: WordCache, lower: string): number {
  let id = cache.ids.get(lower);
  if (id === undefined) {
    id = cache.vocabulary.length;
    cache.vocabulary.push(lower);
    cache.ids.set(lower, id);
  }
  return id;
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

/** "No." is an abbreviation only before a number, so its answer cannot be memoised. */
function dependsOnContext(lower: string): boolean {
  return lower === 'no' || lower === 'nos';
}

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

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
    const c = text.charCodeAt(j);
    const joins = isConnector(c) || (c === 44 && isDigit(text, j - 1) && isDigit(text, j + 1));
    if (!joins || wordCharAt(text, j + 1) === 0) return j;
    j++;
  }
}

/** A character joining word parts: ’ ' - . & @ _ / (by char code: no one-character string per test). */
function isConnector(c: number): boolean {
  return c === 0x2019 || c === 39 || c === 45 || c === 46 || c === 38 || c === 64 || c === 95 || c === 47;
}

function isAsciiAlphanumeric(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
}

function isDigit(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 48 && c <= 57;
}

/** Appends the tokens of `text[from, to)` to `table`, all in paragraph `para`. */
export function tokenize(table: TokenTable, from: number, to: number, para: number, cache: WordCache): void {
  const text = table.source;
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 10 || c === 13 || c === 9 || c === 160 || c === 12 || c === 11) { i++; continue; }
    const first = wordCharAt(text, i);
    if (first === 0) {
      const width = c >= 0xd800 && c <= 0xdbff && i + 1 < to ? 2 : 1;
      pushMark(table, cache, i, width, para);
      i += width;
      continue;
    }
    // Most words are plain ASCII letters and digits ended by a space or a mark: scanned and hashed in one pass.
    let end = i;
    let hash = 0;
    let next = c;
    while (end < to && isAsciiAlphanumeric(next)) {
      hash = nextHash(hash, next);
      next = text.charCodeAt(++end);
    }
    if (end >= to || (next < 128 && !isConnector(next) && next !== 44)) {
      pushWord(table, cache.words.getHashed(text, i, end, hash, cache.makeWord), i, end, 0, para);
      i = end;
      continue;
    }
    end = wordEnd(text, i, to);
    const last = text.charCodeAt(end - 1);
    const apostrophe = text.charCodeAt(end - 2);
    if (end - i > 3 && (last === 115 || last === 83) && (apostrophe === 39 || apostrophe === 0x2019)) {
      // Split a possessive "'s" off ("Bush's" → "Bush" + "'s") so names stay names.
      pushWord(table, infoAt(cache, text, i, end - 2), i, end - 2, 0, para);
      pushWord(table, infoAt(cache, text, end - 2, end), end - 2, end, 0, para);
      i = end;
      continue;
    }
    const info = infoAt(cache, text, i, end);
    if (text.charCodeAt(end) === 46 && end < to && abbreviationAt(info, text, end)) {
      info.dotted ??= makeInfo(cache, info.word + '.', true);
      pushWord(table, info.dotted, i, end + 1, 2, para);
      end++;
    } else {
      pushWord(table, info, i, end, 0, para);
    }
    i = end;
  }
}

function pushWord(table: TokenTable, info: WordInfo, start: number, end: number, abbr: number, para: number): void {
  table.push(start, end, WORD, info.lower, info.id, info.flags | abbr, para);
}

/** A quotation mark or other punctuation: one character, or two UTF-16 units for a surrogate pair. */
function pushMark(table: TokenTable, cache: WordCache, i: number, width: number, para: number): void {
  const text = table.source;
  if (width === 2) {
    const ch = text.slice(i, i + 2);
    table.push(i, i + 2, isQuoteChar(ch) ? QUOTE : PUNCT, ch, idOf(cache, ch), UPPER_OR_DIGIT.test(ch) ? 8 : 0, para);
    return;
  }
  // A single non-word character is neither a letter nor a digit, so it has no flags.
  const c = text.charCodeAt(i);
  let mark = cache.marks.get(c);
  if (mark === undefined) {
    const ch = text[i];
    mark = { word: ch, lower: ch, id: idOf(cache, ch), flags: 0 };
    cache.marks.set(c, mark);
  }
  table.push(i, i + 1, isQuoteChar(mark.lower) ? QUOTE : PUNCT, mark.lower, mark.id, 0, para);
}

function abbreviationAt(info: WordInfo, text: string, dot: number): boolean {
  if (info.abbreviation !== undefined) return info.abbreviation;
  const answer = isAbbreviation(info.word, text, dot);
  if (!dependsOnContext(info.lower)) info.abbreviation = answer;
  return answer;
}

function infoAt(cache: WordCache, text: string, start: number, end: number): WordInfo {
  return cache.words.get(text, start, end, cache.makeWord);
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

function makeInfo(cache: WordCache, word: string, abbr: boolean): WordInfo {
  const bare = abbr ? word.slice(0, -1) : word;
  const lower = isLowerAscii(bare) ? bare : bare.toLowerCase();
  const cap = startsUpper(word) || (word.length > 2 && hasJoiner(word) && PARTICLE_NAME.test(word));
  const digitFirst = isDigit(word, 0);
  return { word, lower, id: idOf(cache, lower), flags: (cap ? 1 : 0) | (digitFirst ? 4 : 0) | (UPPER_OR_DIGIT.test(word) ? 8 : 0) };
}
