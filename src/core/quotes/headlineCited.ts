/**
 * A quotation after a colon that closes a clause about a headline: `And how about this new headline from the
 * Courier, which says it all: "Crime wave alters residents' routines."` — the quoted headline of another
 * article is a title (GUIDELINE: quoted headlines are no statements), however much it reads like a sentence.
 * Only for a quotation no cue attributes: `The headline reads: "…"` has its cue and stays a statement.
 */
import type { Doc } from '../doc';
import type { QuoteSpan } from './span';

const HEADLINE = new Set(['headline', 'headlines', 'headliner']);
/** Tokens scanned back from the colon, within the sentence (the noun, its source, a relative clause). */
const MAX_BACK = 20;

export function isCitedHeadline(doc: Doc, q: QuoteSpan): boolean {
  const { lower, sent } = doc.tokens;
  const colon = q.openTok - 1;
  if (colon < 1 || lower[colon] !== ':' || sent[colon] !== sent[q.openTok]) return false;
  for (let k = colon - 1; k >= 0 && k >= colon - MAX_BACK && sent[k] === sent[colon]; k--) if (HEADLINE.has(lower[k])) return true;
  return false;
}
