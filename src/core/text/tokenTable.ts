/**
 * The tokens of a document as parallel arrays ("struct of arrays"), one slot per token. A 3.9 MB text has
 * about 700,000 tokens: one object each cost more in allocation and garbage collection than the whole
 * tokenizer, so a token is an index and its fields are typed-array slots. Reading past either end gives
 * `undefined` (like `tokens[k]?.field`), so `cap[k] === 1` or `lower[k] === 'of'` are false there.
 */
import type { Vocabulary } from './vocabulary';

/** Token kinds, in `kind`: a word, a quotation mark or apostrophe, other punctuation. */
export const WORD = 1;
export const QUOTE = 2;
export const PUNCT = 3;

export class TokenTable {
  /** The text the offsets point into. */
  readonly source: string;
  length = 0;
  start: Int32Array;
  end: Int32Array;
  /** Index of the paragraph (in Structure.paragraphs) holding the token; -1 for the headline. */
  para: Int32Array;
  /** Index of the sentence holding the token, set by the sentence splitter. */
  sent: Int32Array;
  /** WORD, QUOTE or PUNCT. */
  kind: Uint8Array;
  /** 1 when the token starts with an uppercase letter (or is a particle name: "al-Amr", "d'Estaing"). */
  cap: Uint8Array;
  /** 1 when the token ends with an abbreviation period that does not end a sentence by itself ("Mr."). */
  abbr: Uint8Array;
  /** 1 when the token's text starts with a digit 0-9. */
  digitFirst: Uint8Array;
  /** 1 when the token's text has an uppercase letter or a digit anywhere ("iPhone", "G8"). */
  upperOrDigit: Uint8Array;
  /** Lowercase text, without a final abbreviation period ("mr" for "Mr."); the mark itself for punctuation. */
  readonly lower: string[];
  /** Index of `lower` in the vocabulary, so a per-word answer is computed once per distinct word (wordClasses). */
  wordId: Int32Array;
  /** The words (shared with other analyses: see Vocabulary). */
  readonly vocabulary: Vocabulary;

  constructor(source: string, capacity: number, vocabulary: Vocabulary) {
    this.source = source;
    this.vocabulary = vocabulary;
    const n = Math.max(16, capacity);
    this.start = new Int32Array(n);
    this.end = new Int32Array(n);
    this.para = new Int32Array(n);
    this.sent = new Int32Array(n);
    this.kind = new Uint8Array(n);
    this.cap = new Uint8Array(n);
    this.abbr = new Uint8Array(n);
    this.digitFirst = new Uint8Array(n);
    this.upperOrDigit = new Uint8Array(n);
    this.wordId = new Int32Array(n);
    // Sized up front: growing a 700,000-slot array by pushes copies it a dozen times.
    this.lower = new Array<string>(n);
  }

  /** The token's text as written ("Mr." for "mr"), sliced from the source: for the rare rules that need the case. */
  textOf(k: number): string {
    return this.source.slice(this.start[k], this.end[k]);
  }

  /**
   * `classify(word)` for every distinct word, indexed by wordId: a per-token loop then reads
   * `classes[wordId[k]]` instead of testing the word against several sets. Memoised per `classify` function.
   */
  wordClasses(classify: (lower: string) => number): Uint16Array {
    return this.vocabulary.classesOf(classify);
  }

  /** Appends a token; `flags` packs cap (1), abbr (2), digitFirst (4), upperOrDigit (8). Returns its index. */
  push(start: number, end: number, kind: number, lower: string, wordId: number, flags: number, para: number): number {
    if (this.length === this.start.length) this.grow();
    const k = this.length++;
    this.start[k] = start;
    this.end[k] = end;
    this.kind[k] = kind;
    this.para[k] = para;
    this.cap[k] = flags & 1;
    this.abbr[k] = (flags >> 1) & 1;
    this.digitFirst[k] = (flags >> 2) & 1;
    this.upperOrDigit[k] = (flags >> 3) & 1;
    this.lower[k] = lower;
    this.wordId[k] = wordId;
    return k;
  }

  /**
   * Appends copies of tokens [first, end) of `from` (made with the same vocabulary), their offsets moved by
   * `shift` and put in paragraph `para`: an unchanged paragraph of the previous version of a document
   * (incremental/tokenReuse.ts). `sent` is left for the sentence splitter, which sets every token's.
   */
  appendShifted(from: TokenTable, first: number, end: number, shift: number, para: number): void {
    const count = end - first;
    while (this.length + count > this.start.length) this.grow();
    const k = this.length;
    for (let j = 0; j < count; j++) {
      this.start[k + j] = from.start[first + j] + shift;
      this.end[k + j] = from.end[first + j] + shift;
      this.lower[k + j] = from.lower[first + j];
    }
    this.para.fill(para, k, k + count);
    this.kind.set(from.kind.subarray(first, end), k);
    this.cap.set(from.cap.subarray(first, end), k);
    this.abbr.set(from.abbr.subarray(first, end), k);
    this.digitFirst.set(from.digitFirst.subarray(first, end), k);
    this.upperOrDigit.set(from.upperOrDigit.subarray(first, end), k);
    this.wordId.set(from.wordId.subarray(first, end), k);
    this.length += count;
  }

  /** Cuts the arrays to the tokens (views, no copy), so a read past the last token gives `undefined`. */
  seal(): void {
    this.start = this.start.subarray(0, this.length);
    this.end = this.end.subarray(0, this.length);
    this.para = this.para.subarray(0, this.length);
    this.sent = this.sent.subarray(0, this.length);
    this.kind = this.kind.subarray(0, this.length);
    this.cap = this.cap.subarray(0, this.length);
    this.abbr = this.abbr.subarray(0, this.length);
    this.digitFirst = this.digitFirst.subarray(0, this.length);
    this.upperOrDigit = this.upperOrDigit.subarray(0, this.length);
    this.wordId = this.wordId.subarray(0, this.length);
    this.lower.length = this.length;
  }

  private grow(): void {
    const n = this.start.length * 2;
    const widen = <T extends Int32Array | Uint8Array>(a: T, make: (n: number) => T): T => { const b = make(n); b.set(a); return b; };
    this.start = widen(this.start, (m) => new Int32Array(m));
    this.end = widen(this.end, (m) => new Int32Array(m));
    this.para = widen(this.para, (m) => new Int32Array(m));
    this.sent = widen(this.sent, (m) => new Int32Array(m));
    this.kind = widen(this.kind, (m) => new Uint8Array(m));
    this.cap = widen(this.cap, (m) => new Uint8Array(m));
    this.abbr = widen(this.abbr, (m) => new Uint8Array(m));
    this.digitFirst = widen(this.digitFirst, (m) => new Uint8Array(m));
    this.upperOrDigit = widen(this.upperOrDigit, (m) => new Uint8Array(m));
    this.wordId = widen(this.wordId, (m) => new Int32Array(m));
  }
}
