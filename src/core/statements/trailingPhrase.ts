/**
 * A prepositional adjunct closing a postposed reporting clause: "…, her publicist stated on behalf of the
 * family." · "…, the ministry said via a spokesman." · "…, the club announced through its lawyers." The
 * adjunct is a preposition and one noun phrase running to the end of the sentence; what follows the
 * preposition must be that phrase alone ("…, he said on behalf of the family that …" is no closing adjunct).
 */
import type { Doc } from '../doc';
import { phraseStartingAt } from '../mentions/np';

const PREPOSITIONS = new Set(['through', 'via']);

/** Whether tokens [i, last] are a preposition (or "on behalf of") and one noun phrase ending at `last`. */
export function isPrepositionalAdjunct(doc: Doc, i: number, last: number): boolean {
  const lower = doc.tokens.lower;
  let k = -1;
  if (lower[i] === 'on' && lower[i + 1] === 'behalf' && lower[i + 2] === 'of') k = i + 3;
  else if (PREPOSITIONS.has(lower[i])) k = i + 1;
  if (k < 0 || k > last) return false;
  const phrase = phraseStartingAt(doc, k);
  return phrase !== null && phrase.last === last;
}
