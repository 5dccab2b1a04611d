/**
 * The agent of a passive is its clause's logical subject, no oblique object: "The plan was criticised by
 * the mayor, a former judge. "It is a mistake," he said." The mayor is the strongest antecedent of "he".
 */
import type { Doc } from '../doc';

const BE = new Set(['is', 'are', 'was', 'were', 'been', 'being', 'be']);
const IRREGULAR_PARTICIPLES = new Set(['told', 'said', 'led', 'made', 'held', 'heard', 'read', 'sent', 'met', 'hit', 'put', 'set', 'brought', 'caught', 'sought', 'taught', 'won', 'struck', 'backed']);
/** Adverbs that may stand between "was" and its participle ("was also criticised", "was sharply condemned"). */
const MIDDLE_ADVERBS = new Set(['also', 'later', 'then', 'since', 'again', 'widely', 'not', 'never', 'already']);

/** Whether the "by" at token `by` opens the agent of a passive ("was criticised by"). */
export function opensPassiveAgent(doc: Doc, by: number): boolean {
  const lower = doc.tokens.lower;
  if (lower[by] !== 'by' || by < 2) return false;
  const participle = lower[by - 1];
  if (!/(?:ed|en|wn)$/.test(participle) && !IRREGULAR_PARTICIPLES.has(participle)) return false;
  const before = lower[by - 2];
  if (BE.has(before)) return true;
  return (MIDDLE_ADVERBS.has(before) || before.endsWith('ly')) && by >= 3 && BE.has(lower[by - 3]);
}
