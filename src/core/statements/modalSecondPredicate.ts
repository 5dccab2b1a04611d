/**
 * A content clause whose verb is a modal ("would miss", "must be") cannot go on with a tensed verb under that
 * modal: "said they would miss the deadline, and requested another month", "insists the party must be a party
 * of ideas, and has championed cuts". The "and" and its past form or auxiliary ("requested", "has") open a
 * second predicate of the cue's subject, which ends the content. "said he would resign and leave politics" (a
 * base form) stays whole.
 */
import type { Doc } from '../doc';
import { WORD } from '../text/tokenTable';
import { AUX } from './verbWords';
import { pastPredicateAt } from './secondPredicate';

const MODALS = new Set(['would', 'will', 'must', 'could', 'should', 'can', 'may', 'might', 'shall', "'ll", "'d"]);
/** Tensed auxiliaries that no modal governs ("must has" is no English). */
const TENSED = new Set(['has', 'have', 'had', 'is', 'are', 'was', 'were', 'did', 'does']);
/** Words from the content's start to its first verb: a short subject. */
const MAX_SUBJECT = 8;

/** The last token before such a second predicate within [from, last], or `last` when there is none. */
export function endBeforeUnmodalPredicate(doc: Doc, from: number, last: number): number {
  const { lower, kind } = doc.tokens;
  let modal = -1;
  for (let k = from; k <= last && k < from + MAX_SUBJECT; k++) {
    if (kind[k] !== WORD) return last;
    if (AUX.has(lower[k])) { modal = MODALS.has(lower[k]) ? k : -1; break; }
  }
  if (modal < 0) return last;
  for (let k = modal + 2; k < last; k++) {
    if (lower[k] !== 'and' || lower[k - 1] !== ',') continue;
    // ", and requested another month", ", and has championed …": no subject between "and" and the verb.
    if (TENSED.has(lower[k + 1]) || pastPredicateAt(doc, k + 1)) return k - 2;
  }
  return last;
}
