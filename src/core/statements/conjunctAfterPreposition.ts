/**
 * "The agency was accused of ignoring warnings from farmers and one grower said his "…"": the words before
 * "and" are the object of "from", so the phrase joined by "and" spans two clauses; only the conjunct after
 * "and" is the subject of the cue. A phrase that still follows a preposition once its head has been found
 * ("Officials from Acme and Beta said": withPostModifier reaches back to "Officials") is no subject.
 */
import type { Doc } from '../doc';
import type { Phrase } from '../mentions/np';

const PREPOSITIONS = new Set(['from', 'to', 'with', 'about', 'against', 'over', 'among', 'between', 'by', 'for']);

export function conjunctAfterPreposition(doc: Doc, p: Phrase): Phrase {
  const lower = doc.tokens.lower;
  if (!PREPOSITIONS.has(lower[p.first - 1] ?? '')) return p;
  for (let k = p.last - 1; k > p.first; k--) if (lower[k] === 'and') return { first: k + 1, last: p.last };
  return p;
}
