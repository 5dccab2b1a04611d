/**
 * Sources of a poll's answers that the other subject walks miss (subject.ts reads them before its phrase walk):
 *   "About 40 percent said they …", "Over 60% said …": the approximator is also a preposition, and a past cue
 *   after an opening preposition's object reads no source (subjectShapes.ts); the figure with its "percent" is
 *   the source, as "About 40 percent say …" already reads (cues/pluralBeforeBase.ts).
 *   "Two in three said …", "…, and nearly one in four said …": a share in number words ("4 in 10" is
 *   shareSource.ts's).
 *   "Those surveyed said …", "Again, those polled say …": the people the poll asked.
 * Each opens its sentence or clause (someSubject.ts's opensClause): inside a phrase the words are a determiner's
 * ("in 40 percent of cases said to …").
 */
import type { Doc } from '../doc';
import type { Phrase } from '../mentions/np';
import { opensClause } from '../cues/someSubject';
import { FIGURE_APPROXIMATORS as APPROXIMATORS, NUMBER_WORDS } from './shareWords';

/** Participles naming those a poll asked ("those surveyed", "those polled"). */
const ASKED = new Set(['surveyed', 'polled', 'questioned', 'interviewed', 'sampled', 'asked']);

/** The poll's share or respondents ending at token `k`, right before the cue; else null. */
export function pollShareSubject(doc: Doc, k: number, floor: number): Phrase | null {
  const { lower, digitFirst } = doc.tokens;
  // "those surveyed said"
  if (ASKED.has(lower[k]) && k - 1 >= floor && lower[k - 1] === 'those') return opensClause(doc, k - 1, floor) ? { first: k - 1, last: k } : null;
  // "two in three said", "nearly one in four said"
  if (NUMBER_WORDS.has(lower[k]) && lower[k - 1] === 'in' && k - 2 >= floor && NUMBER_WORDS.has(lower[k - 2])) {
    const first = k - 3 >= floor && APPROXIMATORS.has(lower[k - 3]) ? k - 3 : k - 2;
    return opensClause(doc, first, floor) ? { first, last: k } : null;
  }
  // "About 40 percent said", "Over 60% said": the figure and its percent, after one approximator.
  if ((lower[k] === 'percent' || lower[k] === '%') && k - 2 >= floor && digitFirst[k - 1] === 1 && APPROXIMATORS.has(lower[k - 2])) {
    return opensClause(doc, k - 2, floor) ? { first: k - 1, last: k } : null;
  }
  return null;
}
