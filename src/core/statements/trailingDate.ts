/**
 * "The photographer updated his Twitter account on Tuesday, which read, "…"": the phrase before a relative
 * "which" may end in a date adjunct ("on Tuesday", "in March") that tells when, not what; the antecedent ends
 * before it. Only after a lowercase word ("The Mail on Sunday" is a name).
 */
import type { Doc } from '../doc';
import type { Phrase } from '../mentions/np';
import { CALENDAR } from '../mentions/lexicon';

const DATE_JOINERS = new Set(['on', 'in']);

export function withoutTrailingDate(doc: Doc, p: Phrase): Phrase {
  const { lower, cap } = doc.tokens;
  const joiner = p.last - 1;
  if (joiner - 1 < p.first || !CALENDAR.has(lower[p.last]) || !DATE_JOINERS.has(lower[joiner]) || cap[joiner - 1] === 1) return p;
  return { first: p.first, last: joiner - 1 };
}
