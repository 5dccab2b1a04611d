/**
 * Spans indexed by offset, for lookups that must not scan: the spans sorted by start, with a tree of the
 * largest end under each node, so that finding the spans covering an offset costs O(log n + found) whether
 * the spans overlap or not. Answers are indices into the list given, in its order.
 */
import type { Span } from '../core/types';

export class OffsetIndex {
  private readonly order: Int32Array;
  private readonly starts: Float64Array;
  private readonly size: number;
  /** `maxEnd[size + i]` is the end of the i-th span by start; `maxEnd[k]` the largest of its subtree. */
  private readonly maxEnd: Float64Array;

  constructor(spans: readonly Span[]) {
    const order = Array.from(spans.keys()).sort((a, b) => spans[a].start - spans[b].start || a - b);
    this.order = Int32Array.from(order);
    this.starts = Float64Array.from(order, (i) => spans[i].start);
    let size = 1;
    while (size < order.length) size *= 2;
    this.size = size;
    this.maxEnd = new Float64Array(2 * size).fill(-Infinity);
    order.forEach((i, k) => (this.maxEnd[size + k] = spans[i].end));
    for (let k = size - 1; k >= 1; k--) this.maxEnd[k] = Math.max(this.maxEnd[2 * k], this.maxEnd[2 * k + 1]);
  }

  /** The first span (in the list's order) with `start <= from` and `end >= to`, or -1. */
  firstCovering(from: number, to: number): number {
    let low = 0;
    let high = this.starts.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.starts[mid] <= from) low = mid + 1;
      else high = mid;
    }
    return this.visit(1, 0, this.size, low, to, -1);
  }

  /** The first span containing `offset` (`start <= offset < end`), or -1. */
  firstAt(offset: number): number {
    return this.firstCovering(offset, offset + 1);
  }

  /** Searches positions [lo, hi) of node `k` that are before `count` for ends >= `to`. */
  private visit(k: number, lo: number, hi: number, count: number, to: number, best: number): number {
    if (lo >= count || this.maxEnd[k] < to) return best;
    if (hi - lo === 1) return best < 0 || this.order[lo] < best ? this.order[lo] : best;
    const mid = (lo + hi) >> 1;
    return this.visit(2 * k + 1, mid, hi, count, to, this.visit(2 * k, lo, mid, count, to, best));
  }
}
