import { ASCII_INDEX } from './wordChars';

/**
 * A trie of lowercase ASCII words (letters and digits), each word carrying values. Walk it with `step` one
 * character code at a time, or, in a hot loop, read `table` directly: the node after `node` reading the
 * character of ASCII_INDEX x is table[node * 36 + x], 0 when none; `isWord[node]` is 1 where a word ends.
 * Node 0 is the root; -1 is "no word".
 */
export class AsciiTrie<T> {
  private next = new Int32Array(36 * 16);
  private ends = new Uint8Array(16);
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
    this.ends[node] = 1;
    const list = this.values[node] ?? (this.values[node] = []);
    if (!list.includes(value)) list.push(value);
    return true;
  }

  get table(): Int32Array {
    return this.next;
  }

  get isWord(): Uint8Array {
    return this.ends;
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
    const ends = new Uint8Array(this.ends.length * 2);
    ends.set(this.ends);
    this.ends = ends;
  }
}
