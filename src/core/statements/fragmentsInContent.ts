/**
 * A quoted fragment that no cue of its own attributes but that stands inside a reported content clause is the
 * source's words: "The minister's condition is "stable" after surgery, according to director Ana Ruiz",
 * "Residents were told by an officer that the park would be "closed indefinitely"". The guideline gives such a
 * statement as mixed, with the quoted fragment as its text, so the indirect draft gives way to one mixed draft
 * per fragment, with the indirect's cue and source (what happens when the quotation takes the cue itself:
 * `Hale said the plan was "reckless"`). Only scare-quote fragments count: a title, a term or a nickname inside
 * the clause ("said the "Stop the Road" campaign had won") leaves the indirect statement as it is. In the
 * headline only a quotation that ends the reported clause counts ("Union says pay offer 'an insult'", not
 * "Study suggests 'sleeping sickness' parasite mutated"). A clause that is nothing but a term's quotation (a
 * slogan: "Several banners said "No more war"") reports nothing and is dropped.
 */
import type { QuoteSpan } from '../quotes/span';
import type { Draft } from './drafts';

/** Index of the first quotation starting at or after `pos` (quotations sorted by start). */
function firstFrom(quotes: readonly QuoteSpan[], pos: number): number {
  let lo = 0, hi = quotes.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (quotes[mid].open.start < pos) lo = mid + 1; else hi = mid; }
  return lo;
}

export function fragmentsInContent(reported: readonly Draft[], quotes: readonly QuoteSpan[]): Draft[] {
  const out: Draft[] = [];
  for (const d of reported) {
    const inside: QuoteSpan[] = [];
    let whole = false;
    if (d.kind === 'indirect') {
      for (let i = firstFrom(quotes, d.start - 1); i < quotes.length && quotes[i].open.start < d.end; i++) {
        const q = quotes[i];
        if (q.close === null || q.close.end > d.end + 1 || q.depth !== 0) continue;
        // "Union says pay offer 'an insult'": a headline quotation that ends the headline's reported clause.
        if (q.role === 'scare' || (q.role === 'headline' && q.close.end >= d.end)) inside.push(q);
        // "Several banners said "No more war"": the clause is only a quotation that names or labels; no report.
        else if (q.role === 'term' && q.open.start <= d.start && q.close.end >= d.end) whole = true;
      }
    }
    if (whole) continue;
    if (inside.length === 0) { out.push(d); continue; }
    for (const q of inside) {
      q.role = 'statement';
      // "'We did it', says captain": a quotation that is the whole clause is quoted whole.
      const kind = q.open.start <= d.start && q.close!.end >= d.end ? 'direct' : 'mixed';
      out.push({ ...d, kind, start: q.start, end: q.end, para: q.para, quote: q });
    }
  }
  return out;
}
