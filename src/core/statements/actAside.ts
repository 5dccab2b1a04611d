/**
 * The reporter's words about the act of saying, after a comma at the end of a content clause, which end it:
 *   "The minister said the budget was balanced, without giving details." (", without" and a participle) ·
 *   "…, speaking at a rally in Lyon." · "…, writing on Facebook." (a participle of the occasion) ·
 *   "…, in an interview with Le Monde." · "…, in a speech on Tuesday." (the medium, as in "said in a statement").
 * A content that itself ends ", without raising taxes" is cut short too; that is rare next to the wire's
 * ", without elaborating" and ", without giving details".
 */
import type { Doc } from '../doc';
import { statementAdjunct } from '../cues/extent';

const OCCASION_PARTICIPLES = new Set(['speaking', 'addressing', 'writing', 'testifying']);

/** Whether the words from token `k` (after a comma) describe the act of saying rather than continue its content. */
export function actAside(doc: Doc, k: number): boolean {
  const lower = doc.tokens.lower;
  if (lower[k] === 'without') return /^[a-z]{3,}ing$/.test(lower[k + 1] ?? '');
  if (OCCASION_PARTICIPLES.has(lower[k])) return true;
  return lower[k] === 'in' && statementAdjunct(doc, k) > 0;
}
