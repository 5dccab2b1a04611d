/**
 * The question put to the source after a postposed reporting clause ("…, she said when asked about the vote."),
 * an adjunct that closes the sentence (postposed.ts).
 */
import type { Doc } from '../doc';
import { isPrepositionalAdjunct, isTrailingAdjunct } from './trailingPhrase';
import { QUESTIONED } from './verbWords';

/**
 * "when asked about the vote", "when asked how he would respond", "after being asked whether …": the question
 * put to the source, which closes the sentence as an adjunct (`b`: the sentence's last word). Not a chain
 * interrupted by a second predicate ("when asked, and then said …").
 */
export function whenAsked(doc: Doc, i: number, b: number): boolean {
  const lower = doc.tokens.lower;
  // Past an adjunct before it: "in an interview aired on Monday when asked …".
  let k = i;
  while (k <= b && k < i + 12 && lower[k] !== 'when' && lower[k] !== 'after' && lower[k] !== ',') k++;
  if (k > i && !isPrepositionalAdjunct(doc, i, k - 1, true) && !isTrailingAdjunct(doc, i, k - 1)) return false;
  if (lower[k] !== 'when' && lower[k] !== 'after') return false;
  const verb = lower[k + 1] === 'being' ? k + 2 : k + 1;
  if (!QUESTIONED.has(lower[verb])) return false;
  for (let j = verb + 1; j <= b; j++) if (lower[j] === 'and' && lower[j - 1] === ',') return false;
  return true;
}
