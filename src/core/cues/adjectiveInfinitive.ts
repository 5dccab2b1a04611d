/**
 * An infinitive cue after "be" and an adjective of readiness or likelihood reports the subject's words: "Voters
 * were more likely to say they preferred Smith" (a poll's answers), "Officials were quick to point out that …",
 * "She was careful to note that …", in the past ("is likely to say" predicts). Not "unlikely"/"reluctant"/
 * "willing to say" (nothing said for certain), which the list leaves out.
 */
import type { Doc } from '../doc';

const SAYING_ADJECTIVES = new Set(['likely', 'quick', 'eager', 'keen', 'careful']);
/** Words between "be" and the adjective ("were slightly more likely"). */
const MAX_BETWEEN = 3;

/** Whether token `k` is such an adjective with "was"/"were" shortly before it ("is likely to say" only predicts). */
export function sayingAdjectiveAt(doc: Doc, k: number): boolean {
  const { lower, sent } = doc.tokens;
  if (!SAYING_ADJECTIVES.has(lower[k] ?? '')) return false;
  for (let j = k - 1; j >= 0 && j >= k - MAX_BETWEEN && sent[j] === sent[k]; j--) if (/^(?:was|were)$/.test(lower[j])) return true;
  return false;
}
