/**
 * "Walker admitted the charges and has since been banned from driving": after a noun object, "and"/"but"
 * with an auxiliary opens a second predicate of the subject, which the source did not say.
 */
import type { Doc } from '../doc';

const PREDICATE_OPENERS = new Set(['has', 'have', 'had', 'is', 'was', 'were', 'are', 'will', 'would', 'did', 'does', 'could', 'can', 'should', 'may', 'might']);

/** The last token before a second predicate within [from, last], or `last` when there is none. */
export function endBeforeSecondPredicate(doc: Doc, from: number, last: number): number {
  const lower = doc.tokens.lower;
  for (let k = from + 1; k < last; k++) {
    if ((lower[k] === 'and' || lower[k] === 'but') && PREDICATE_OPENERS.has(lower[k + 1])) return k - 1;
  }
  return last;
}
