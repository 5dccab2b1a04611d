/**
 * A poll's second finding coordinated after the first: "Nearly half said they prefer a veteran and about the
 * same number would rather see an outsider". "the same number" / "an equal share" / "as many" compares another
 * part of the group with the source, so what follows "and" is the writer's, not the source's content.
 */
import type { Doc } from '../doc';

const APPROXIMATORS = new Set(['about', 'roughly', 'nearly', 'almost', 'just', 'around', 'approximately']);
const SHARES = new Set(['number', 'numbers', 'share', 'proportion', 'percentage', 'amount']);

/** Whether "and" at token `k` opens such a parallel finding. */
export function parallelShareAfter(doc: Doc, k: number): boolean {
  const lower = doc.tokens.lower;
  if (lower[k] !== 'and') return false;
  let j = k + 1;
  if (APPROXIMATORS.has(lower[j])) j++;
  // Not "and as many as five years more": there "as many as" approximates a figure.
  if (lower[j] === 'as' && lower[j + 1] === 'many') return lower[j + 2] !== 'as';
  return ((lower[j] === 'the' && lower[j + 1] === 'same') || (lower[j] === 'an' && lower[j + 1] === 'equal')) && SHARES.has(lower[j + 2] ?? '');
}
