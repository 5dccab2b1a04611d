/**
 * Where statement drafts meet (statements.ts): an indirect draft that runs into a quotation is cut short of
 * it or gives way to it, and spans are tested against the quotations by binary search.
 */
import type { Doc } from '../doc';
import type { QuoteSpan } from '../quotes/span';
import type { Draft } from './drafts';
import { endBeforeQuotedConjunct } from './conjuncts';
import { completesContent, endBeforeInnerCue } from './openRemainder';
import { spanLength } from '../text/lineBreaks';

/** Drops indirect drafts that overlap a quotation draft, after cutting them short of it where possible. */
export function removeOverlaps(doc: Doc, drafts: Draft[]): Draft[] {
  drafts.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Draft[] = [];
  for (const d of drafts) {
    const prev = out[out.length - 1];
    if (prev && d.start < prev.end) {
      if (prev.kind === 'indirect' && d.kind !== 'indirect' && spanLength(doc.text, prev.start, d.start) > 20) {
        const cut = Math.max(prev.start + 1, endBeforeQuotedConjunct(doc, prev.start, d.quote ? d.quote.open.start : d.start));
        // "said the regulations for the sector were "unworkable"": the quotation completes the clause (openRemainder.ts).
        if (completesContent(doc, prev, d, cut)) { out[out.length - 1] = d; continue; }
        const ownCueInside = prev.cue !== null && prev.cue.start > prev.start && prev.cue.end < prev.end;
        prev.end = endBeforeInnerCue(doc, prev, d, cut);
        // "CNN, Cruz said, called the move "highly significant."": cut before the inner cue, the content would end
        // on its own cue ("CNN, Cruz said"), a subject with no predicate; the quotation's statement stands alone.
        if (ownCueInside && prev.end <= prev.cue!.end) out.pop();
        out.push(d);
      } else if (prev.kind === 'indirect' && d.kind !== 'indirect') {
        out[out.length - 1] = d;
      }
      continue;
    }
    out.push(d);
  }
  return out;
}

/**
 * Whether a span overlaps a quotation: quotations are sorted by start, so those starting before the span's
 * end are a prefix (binary search), and one of them reaches into the span when their largest end does.
 */
export function quoteOverlap(quotes: readonly QuoteSpan[]): (start: number, end: number) => boolean {
  const maxEnd: number[] = [];
  for (const q of quotes) maxEnd.push(Math.max(q.end, maxEnd.length ? maxEnd[maxEnd.length - 1] : -1));
  return (start, end) => {
    let lo = 0, hi = quotes.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (quotes[mid].start < end) lo = mid + 1; else hi = mid; }
    return lo > 0 && maxEnd[lo - 1] > start;
  };
}
