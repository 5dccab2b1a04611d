/**
 * A hash table of the distinct words of one document, looked up by a range of the text instead of a
 * string: most tokens repeat a word seen before, and finding it without `text.slice` spares a string
 * allocation and a Map hash per token (the tokenizer's largest cost on a 3.9 MB text). Open addressing
 * with linear probing; a hit compares the characters in place.
 */
export class WordTable<T> {
  private keys: (string | undefined)[];
  private values: (T | undefined)[];
  private hashes: Int32Array;
  private size = 0;

  /**
   * `ownKey` makes the stored copy of a new word (a table shared by analyses keeps no slice of a text with
   * it: see vocabulary.ts `detached`); by default the slice of the text is kept.
   */
  constructor(private readonly capacity = 4096, private readonly ownKey?: (word: string) => string) {
    this.keys = new Array(capacity).fill(undefined);
    this.values = new Array(capacity).fill(undefined);
    this.hashes = new Int32Array(capacity);
  }

  /** The number of words stored. */
  get count(): number {
    return this.size;
  }

  /** Forgets every word (a shared table's owner bounds it so). */
  clear(): void {
    this.keys = new Array(this.capacity).fill(undefined);
    this.values = new Array(this.capacity).fill(undefined);
    this.hashes = new Int32Array(this.capacity);
    this.size = 0;
  }

  /** The value stored for `text[start, end)`, made by `make(word, arg)` on first sight. */
  get<A>(text: string, start: number, end: number, make: (word: string, arg: A) => T, arg: A): T {
    let hash = 0;
    for (let i = start; i < end; i++) hash = nextHash(hash, text.charCodeAt(i));
    return this.getHashed(text, start, end, hash, make, arg);
  }

  /** `get` when the caller has hashed the range already (with nextHash, from 0). */
  getHashed<A>(text: string, start: number, end: number, hash: number, make: (word: string, arg: A) => T, arg: A): T {
    const mask = this.keys.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const key = this.keys[slot];
      if (key === undefined) break;
      if (this.hashes[slot] === hash && sameText(key, text, start, end)) return this.values[slot] as T;
    }
    const word = text.slice(start, end);
    const value = make(word, arg);
    this.insert(this.ownKey ? this.ownKey(word) : word, hash, value);
    return value;
  }

  private insert(word: string, hash: number, value: T): void {
    if ((this.size + 1) * 2 > this.keys.length) this.rehash();
    const mask = this.keys.length - 1;
    let slot = hash & mask;
    while (this.keys[slot] !== undefined) slot = (slot + 1) & mask;
    this.keys[slot] = word;
    this.values[slot] = value;
    this.hashes[slot] = hash;
    this.size++;
  }

  private rehash(): void {
    const { keys, values, hashes } = this;
    this.keys = new Array(keys.length * 2).fill(undefined);
    this.values = new Array(keys.length * 2).fill(undefined);
    this.hashes = new Int32Array(keys.length * 2);
    this.size = 0;
    for (let i = 0; i < keys.length; i++) if (keys[i] !== undefined) this.insert(keys[i] as string, hashes[i], values[i] as T);
  }
}

/** The hash of a range with one more character. */
export function nextHash(hash: number, charCode: number): number {
  return (Math.imul(hash, 31) + charCode) | 0;
}

function sameText(key: string, text: string, start: number, end: number): boolean {
  return key.length === end - start && text.startsWith(key, start);
}
