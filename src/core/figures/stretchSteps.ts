/**
 * Two steps of the figure pass over one stretch that must stay linear however many figures it holds (a paragraph of
 * thousands of bare counts once took 35 s): dropping drafts that overlap an earlier one, and counts that inherit the
 * noun of the last counted figure.
 */
import type { Span } from '../types';
import type { Draft } from './build';

/**
 * The drafts, in their order, without those sharing a character with one kept before them. The characters taken are
 * marked, so a paragraph of thousands of figures costs their length, not each against every one kept before it.
 */
export function firstOfOverlapping(drafts: Draft[]): Draft[] {
  if (drafts.length < 2) return drafts;
  let from = Infinity;
  let to = 0;
  for (const d of drafts) { from = Math.min(from, d.start); to = Math.max(to, d.end); }
  const taken = new Uint8Array(to - from);
  const kept: Draft[] = [];
  for (const d of drafts) {
    if (taken.subarray(d.start - from, d.end - from).includes(1)) continue;
    taken.fill(1, d.start - from, d.end - from);
    kept.push(d);
  }
  return kept;
}

/**
 * A count without its own noun counts what the last one did, when the text says so: "that number will fall to
 * between 3,000 and 3,500", "drop the numbers to 2,000 to 2,500", "saved 200 more".
 */
const ANAPHOR = /\b(?:numbers?|figures?|totals?|levels?|ceilings?|limits?)\b/gi;
const MORE_AFTER = /^\s+(?:more|others?|additional)\b/i;

export function inheritCounts(text: string, span: Span, drafts: Draft[]): Draft[] {
  let last: Draft | null = null;
  const anaphor = new NextMatch(text, span.end, ANAPHOR);
  return drafts.map((d) => {
    if (d.kind !== 'count' && d.kind !== 'range') return d;
    if (d.counts) { last = d; return d; }
    const said = last && (anaphor.endsBefore(last.end, d.start) || MORE_AFTER.test(text.slice(d.end, d.end + 12)));
    return last && said && !d.unit ? { ...d, counts: last.counts } : d;
  });
}

/**
 * Whether a pattern occurs wholly inside `text[from, to)`, asked with `from` never decreasing: the first match at or
 * after `from` is kept while it is still ahead, so a long run of bare counts after one counted noun ("3,000 troops …
 * rose to 40, then 50 and 60 …") reads the text between them once, not once per count.
 */
class NextMatch {
  private index = -1;
  private end = -1;
  /** `text` is read up to `limit` (a stretch's end): no question reaches past it. */
  constructor(private readonly text: string, private readonly limit: number, private readonly pattern: RegExp) {}

  endsBefore(from: number, to: number): boolean {
    if (this.index < from && this.index !== Infinity) {
      this.pattern.lastIndex = from;
      const m = this.pattern.exec(this.text.slice(0, Math.max(this.limit, to)));
      this.index = m ? m.index : Infinity;
      this.end = m ? m.index + m[0].length : Infinity;
    }
    return this.end <= to;
  }
}
