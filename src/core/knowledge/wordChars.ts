/**
 * Letters and numbers (`\p{L}\p{N}`) as the `u` patterns see them, code point by code point: what a word
 * run is made of. ASCII is looked up in a table; other characters are classified once and remembered.
 */

import { lazyPattern } from './lazyPattern';

const WORD = lazyPattern(String.raw`^[\p{L}\p{N}]$`, 'u');
/** 0 not yet known, 1 letter or number, 2 neither (BMP code units). */
const bmpClass = new Uint8Array(65536);
// General Punctuation (curly quotes, dashes, ellipsis) and Currency Symbols have no letter or digit: known
// without asking the pattern, which news text would otherwise need for its first “ or —.
bmpClass.fill(2, 0x2000, 0x2070);
bmpClass.fill(2, 0x20a0, 0x20d0);
bmpClass[0xa0] = 2;
const astralClass = new Map<number, boolean>();

/** ASCII letters and digits as 0–35 (case folded), anything else -1. */
export const ASCII_INDEX = new Int8Array(128).fill(-1);
for (let c = 48; c <= 57; c++) ASCII_INDEX[c] = c - 48;
for (let c = 65; c <= 90; c++) ASCII_INDEX[c] = ASCII_INDEX[c + 32] = c - 55;

function isHigh(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

function isLow(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

/** The length in code units (1 or 2) of the letter or number starting at i, 0 if it is neither. */
export function wordCharAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return ASCII_INDEX[c] >= 0 ? 1 : 0;
  if (isHigh(c)) {
    const d = text.charCodeAt(i + 1);
    if (!isLow(d)) return 0;
    const cp = (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
    let known = astralClass.get(cp);
    if (known === undefined) astralClass.set(cp, (known = WORD().test(String.fromCodePoint(cp))));
    return known ? 2 : 0;
  }
  if (isLow(c)) return 0;
  let k = bmpClass[c];
  if (k === 0) bmpClass[c] = k = WORD().test(String.fromCharCode(c)) ? 1 : 2;
  return k === 1 ? 1 : 0;
}

/** Whether the code point that ends just before offset i is a letter or number. */
export function wordCharBefore(text: string, i: number): boolean {
  if (i <= 0) return false;
  if (i >= 2 && isLow(text.charCodeAt(i - 1)) && isHigh(text.charCodeAt(i - 2))) return wordCharAt(text, i - 2) === 2;
  return wordCharAt(text, i - 1) === 1;
}

/** The end of the word run that contains the letter or number at i. */
export function runEnd(text: string, i: number): number {
  let j = i;
  while (j < text.length) {
    const c = text.charCodeAt(j);
    if (c < 128) {
      if (ASCII_INDEX[c] < 0) break;
      j++;
    } else {
      const w = wordCharAt(text, j);
      if (w === 0) break;
      j += w;
    }
  }
  return j;
}

/** Whether the character code is `\s` of a regular expression (a space, tab, line break, no-break space…). */
export function isSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
