/**
 * Finds the span around an offset (the paragraph of a term, the statement of a figure) by binary search when
 * the spans are sorted and disjoint, as they are from the pipeline, and by a scan otherwise. The answer is
 * always the one `Array.find` gives: the first span in array order.
 */
import type { Span } from '../types';

function sortedAndDisjoint(spans: readonly Span[]): boolean {
  for (let i = 0; i < spans.length; i++) {
    if (spans[i].end < spans[i].start) return false;
    if (i > 0 && spans[i - 1].end > spans[i].start) return false;
  }
  return true;
}

export class SpanIndex<T extends Span> {
  private readonly sorted: boolean;

  constructor(private readonly spans: readonly T[]) {
    this.sorted = sortedAndDisjoint(spans);
  }

  /** The first span with start ≤ offset < end. */
  at(offset: number): T | undefined {
    if (!this.sorted) return this.spans.find((s) => s.start <= offset && offset < s.end);
    const s = this.lastStartingBy(offset);
    return s && offset < s.end ? s : undefined;
  }

  /** The first span with start ≤ from and to ≤ end. */
  containing(from: number, to: number): T | undefined {
    // An empty stretch may sit in two touching spans: [0, 5) and [5, 9) both contain [5, 5).
    if (!this.sorted || to <= from) return this.spans.find((s) => s.start <= from && to <= s.end);
    const s = this.lastStartingBy(from);
    return s && to <= s.end ? s : undefined;
  }

  /** In sorted disjoint spans, the only one that can contain the offset: the last starting at or before it. */
  private lastStartingBy(offset: number): T | undefined {
    let lo = 0;
    let hi = this.spans.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.spans[mid].start <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 ? this.spans[lo - 1] : undefined;
  }
}
