/**
 * How many sentences of a document open with the same words: the key of a sentence is its first 40
 * characters, leading marks and spacing skipped, lowercase. Pull quotes repeat a sentence of the body.
 * Sentences are bucketed by a hash of their key computed in place (no string per sentence); only the
 * sentences in an asked key's bucket have their key built and compared, once per distinct key.
 */
import type { Doc } from '../doc';
import { isSpace } from '../knowledge/wordChars';

const KEY_LENGTH = 40;
/** Only keys this long are counted: shorter openings repeat by chance. */
const MIN_KEY = 30;
const OPENING_MARKS = '"\'“”‘’«»„';

/** The range [from, to) of `text` that a sentence's key is made of (before lowercasing). */
function keyRange(text: string, start: number, end: number): [number, number] {
  // As text.slice(start, stop).replace(/^[\s"'“”‘’«»„]+/, '').slice(0, KEY_LENGTH).
  const stop = Math.min(end, start + KEY_LENGTH + 8);
  let from = start;
  while (from < stop && (isSpace(text.charCodeAt(from)) || OPENING_MARKS.includes(text[from]))) from++;
  return [from, Math.min(stop, from + KEY_LENGTH)];
}

/** A sentence's key. */
export function keyOf(text: string, start: number, end: number): string {
  const [from, to] = keyRange(text, start, end);
  return text.slice(from, to).toLowerCase();
}


function hashOf(key: string): number {
  let hash = 0;
  for (let i = 0; i < key.length; i++) hash = (Math.imul(hash, 31) + key.charCodeAt(i)) | 0;
  return hash;
}

/** hashOf(keyOf(…)) without building the key when it is ASCII (lowercase by char code). */
function keyHash(text: string, start: number, end: number): number {
  // keyRange's bounds, without its array (one per sentence of the document).
  const stop = Math.min(end, start + KEY_LENGTH + 8);
  let from = start;
  while (from < stop && (isSpace(text.charCodeAt(from)) || OPENING_MARKS.includes(text[from]))) from++;
  const to = Math.min(stop, from + KEY_LENGTH);
  let hash = 0;
  for (let i = from; i < to; i++) {
    let c = text.charCodeAt(i);
    if (c >= 128) return hashOf(text.slice(from, to).toLowerCase());
    if (c >= 65 && c <= 90) c += 32;
    hash = (Math.imul(hash, 31) + c) | 0;
  }
  return hash;
}

export class SentenceRepeats {
  private buckets: Map<number, number[]> | null = null;
  /** The number of sentences of each key in a bucket, by the bucket's hash: counted on the first question. */
  private readonly counted = new Map<number, Map<string, number>>();

  constructor(private readonly doc: Doc) {}

  /** The number of sentences whose key is `key` (0 for a key shorter than MIN_KEY). */
  count(key: string): number {
    if (key.length < MIN_KEY) return 0;
    return this.countsIn(hashOf(key)).get(key) ?? 0;
  }

  /**
   * Each key of a bucket built once: a text that repeats a sentence n times (the benchmark's copies, a
   * pull quote) has n sentences in its bucket, which one key after another would each read again.
   */
  private countsIn(hash: number): Map<string, number> {
    let counts = this.counted.get(hash);
    if (!counts) {
      counts = new Map();
      const { text, sentences } = this.doc;
      for (const s of this.bucketed().get(hash) ?? []) {
        const key = keyOf(text, sentences[s].start, sentences[s].end);
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
      this.counted.set(hash, counts);
    }
    return counts;
  }

  /** Built on the first question: most articles have no pull-quote candidate. */
  private bucketed(): Map<number, number[]> {
    if (!this.buckets) {
      this.buckets = new Map();
      const { text, sentences } = this.doc;
      for (let s = 0; s < sentences.length; s++) {
        const hash = keyHash(text, sentences[s].start, sentences[s].end);
        const bucket = this.buckets.get(hash);
        if (bucket) bucket.push(s);
        else this.buckets.set(hash, [s]);
      }
    }
    return this.buckets;
  }
}
