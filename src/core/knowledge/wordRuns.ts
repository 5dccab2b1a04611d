/**
 * Word runs — maximal runs of letters and numbers (`\p{L}\p{N}`, code point by code point, as the `u`
 * patterns see them) — and a trie of lowercase ASCII words. Together they let one pass over a text find the
 * few places where a pattern can start ("Kyoto …", "twenty …") instead of running every pattern everywhere.
 */

const WORD = /^[\p{L}\p{N}]$/u;
/** 0 not yet known, 1 letter or number, 2 neither (BMP code units). */
const bmpClass = new Uint8Array(65536);
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
    if (known === undefined) astralClass.set(cp, (known = WORD.test(String.fromCodePoint(cp))));
    return known ? 2 : 0;
  }
  if (isLow(c)) return 0;
  let k = bmpClass[c];
  if (k === 0) bmpClass[c] = k = WORD.test(String.fromCharCode(c)) ? 1 : 2;
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

/**
 * A trie of lowercase ASCII words (letters and digits), each word carrying values. Walk it with `step` one
 * character code at a time, or, in a hot loop, read `table` directly: the node after `node` reading the
 * character of ASCII_INDEX x is table[node * 36 + x], 0 when none. Node 0 is the root; -1 is "no word".
 */
export class AsciiTrie<T> {
  private next = new Int32Array(36 * 16);
  private readonly values: (T[] | undefined)[] = [undefined];

  /** Adds a word (ASCII letters and digits, any case); false when it has other characters. */
  add(word: string, value: T): boolean {
    if (word === '' || !/^[A-Za-z0-9]+$/.test(word)) return false;
    let node = 0;
    for (let i = 0; i < word.length; i++) {
      const slot = node * 36 + ASCII_INDEX[word.charCodeAt(i)];
      if (this.next[slot] === 0) {
        const fresh = this.values.length;
        this.values.push(undefined);
        if ((fresh + 1) * 36 > this.next.length) this.grow();
        this.next[slot] = fresh;
      }
      node = this.next[slot];
    }
    const list = this.values[node] ?? (this.values[node] = []);
    if (!list.includes(value)) list.push(value);
    return true;
  }

  get table(): Int32Array {
    return this.next;
  }

  /** The node after `node` reading the character code c (any case), or -1. */
  step(node: number, c: number): number {
    if (node < 0 || c >= 128) return -1;
    const index = ASCII_INDEX[c];
    if (index < 0) return -1;
    const to = this.next[node * 36 + index];
    return to === 0 ? -1 : to;
  }

  /** The values of the word ending at this node, if one does. */
  valuesAt(node: number): readonly T[] | undefined {
    return node > 0 ? this.values[node] : undefined;
  }

  private grow(): void {
    const bigger = new Int32Array(this.next.length * 2);
    bigger.set(this.next);
    this.next = bigger;
  }
}
