/**
 * A memo shared by every analysis of the process, for answers that are a pure function of their key: an
 * article re-analysed after an edit, or the next article of a batch, finds the phrases it shares with the
 * ones before ("the government", "Vladimir Putin") already worked out, as a long article finds those it
 * repeats. Keys and values must hold no slice of an analysed text (see `detached`), so the memo never keeps
 * a text alive; it is let go when it reaches `limit` entries, so random input cannot grow it without bound.
 */
export class SharedMemo<V> {
  private readonly map = new Map<string, V>();

  constructor(private readonly limit: number) {}

  get(key: string): V | undefined {
    return this.map.get(key);
  }

  /** Stores and returns `value`. */
  set(key: string, value: V): V {
    if (this.map.size >= this.limit) this.map.clear();
    this.map.set(key, value);
    return value;
  }
}
