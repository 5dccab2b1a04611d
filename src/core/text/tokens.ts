/**
 * Tokens: words, quotation marks and other punctuation, with UTF-16 offsets, written into a TokenTable.
 * One linear pass over the characters; nothing here backtracks over more than one word. What a word's text
 * tells (its lowercase form, capital, abbreviation) is worked out once per distinct word (Vocabulary).
 */
import { PUNCT, QUOTE, WORD, type TokenTable } from './tokenTable';
import { detached, type Vocabulary, type WordInfo } from './vocabulary';
import { abbreviationAt, infoAt, makeInfo, makePlainInfo, UPPER_OR_DIGIT } from './words';
import { nextHash } from './wordTable';

const QUOTE_CHARS = '"\'“”„‟«»‹›‘’‚‛「」『』';

export function isQuoteChar(ch: string): boolean {
  return QUOTE_CHARS.includes(ch);
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

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

function isAsciiAlphanumeric(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
}

function isDigit(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 48 && c <= 57;
}

/** Appends the tokens of `text[from, to)` to `table`, all in paragraph `para`. */
export function tokenize(table: TokenTable, from: number, to: number, para: number): void {
  const cache = table.vocabulary;
  const text = table.source;
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 10 || c === 13 || c === 9 || c === 160 || c === 12 || c === 11) { i++; continue; }
    const first = wordCharAt(text, i);
    if (first === 0) {
      // Two apostrophes are one double quotation mark, as news archives' plain text writes them:
      // `''We will win,'' Mr. Holt said.` (read as the straight double mark '"').
      if (c === 39 && text.charCodeAt(i + 1) === 39 && i + 1 < to) {
        pushDoubledApostrophe(table, cache, i, para);
        i += 2;
        continue;
      }
      // A surrogate pair is one mark; a lone high surrogate is one unit, so a pair right after it stays whole.
      // A typed dash "--" is one mark too, as the dash sets of the statement readers spell it ("color -- mainly").
      const pair = (c >= 0xd800 && c <= 0xdbff && i + 1 < to && isLowSurrogate(text.charCodeAt(i + 1))) || (c === 45 && i + 1 < to && text.charCodeAt(i + 1) === 45 && text.charCodeAt(i + 2) !== 45);
      const width = pair ? 2 : 1;
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
      pushWord(table, cache.words.getHashed(text, i, end, hash, makePlainInfo, cache), i, end, 0, para);
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
      info.dotted ??= makeInfo(cache, detached(info.word + '.'), true);
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

/** `''` at `i`: one token over both apostrophes whose text reads as the straight double mark. */
function pushDoubledApostrophe(table: TokenTable, cache: Vocabulary, i: number, para: number): void {
  const mark = markInfo(cache, 34);
  table.push(i, i + 2, QUOTE, mark.lower, mark.id, 0, para);
}

/** The shared description of the one-character mark with code `c`. */
function markInfo(cache: Vocabulary, c: number): WordInfo {
  let mark = cache.marks.get(c);
  if (mark === undefined) {
    const ch = String.fromCharCode(c);
    mark = { word: ch, lower: ch, id: cache.idOf(ch), flags: 0, abbreviation: undefined, dotted: undefined };
    cache.marks.set(c, mark);
  }
  return mark;
}

/** A quotation mark or other punctuation: one character, or two UTF-16 units for a surrogate pair. */
function pushMark(table: TokenTable, cache: Vocabulary, i: number, width: number, para: number): void {
  const text = table.source;
  if (width === 2) {
    const ch = text.slice(i, i + 2);
    table.push(i, i + 2, isQuoteChar(ch) ? QUOTE : PUNCT, ch, cache.idOf(detached(ch)), UPPER_OR_DIGIT.test(ch) ? 8 : 0, para);
    return;
  }
  // A single non-word character is neither a letter nor a digit, so it has no flags.
  const mark = markInfo(cache, text.charCodeAt(i));
  table.push(i, i + 1, isQuoteChar(mark.lower) ? QUOTE : PUNCT, mark.lower, mark.id, 0, para);
}

