/**
 * A poll's second finding coordinated after the first: "Nearly half said they prefer a veteran and about the
 * same number would rather see an outsider". "the same number" / "an equal share" / "as many" compares another
 * part of the group with the source, so what follows "and" is the writer's, not the source's content; so does a
 * count after ", while" when the source is a count too ("1,200 members said …, while 95 favored a strike").
 */
import type { Doc } from '../doc';
import { SHARE_NOUNS } from './shareWords';

/**
 * Approximators of "the same number" / "as many" ("about the same number", "approximately as many"). Not
 * shareWords.ts's FIGURE_APPROXIMATORS: these hold "approximately" and lack "over", "under", "some" (and "only",
 * which the ", while" count below adds); merging the two would change what either rule reads.
 */
const APPROXIMATORS = new Set(['about', 'roughly', 'nearly', 'almost', 'just', 'around', 'approximately']);
const SHARES = new Set(['number', 'numbers', 'share', 'proportion', 'percentage', 'amount']);

/** Most tokens before the content that the counted source and its cue may span ("79 percent of Democrats say"). */
const MAX_SOURCE = 12;

/**
 * Whether a figure or a share (shareWords.ts: "40 percent", "half", "a majority") stands in the sentence before the
 * content starting at `from` ("1,200 members said", "40 percent say").
 */
function countedSource(doc: Doc, from: number): boolean {
  const { lower, digitFirst } = doc.tokens;
  // (A year is no count: "In 2015, the mayor said …".)
  for (let j = from - 1; j >= doc.sentStart[from] && j >= from - MAX_SOURCE; j--) if ((digitFirst[j] === 1 && !/^(?:1[89]|20)\d\d$/.test(lower[j])) || SHARE_NOUNS.has(lower[j])) return true;
  return false;
}

/** Whether "and" (or ", while") at token `k` opens such a parallel finding of the content starting at `from`. */
export function parallelShareAfter(doc: Doc, k: number, from: number): boolean {
  const lower = doc.tokens.lower;
  // "1,200 members said they backed the deal, while 95 favored a strike": after a counted source, a second
  // count contrasted with it is another part of the group ("The record says 300 disappeared, while 900 were
  // killed" has no counted source: both figures are the record's).
  if ((lower[k] === 'while' || lower[k] === 'whereas') && lower[k - 1] === ',') {
    const j = lower[k + 1] === 'only' || lower[k + 1] === 'just' || APPROXIMATORS.has(lower[k + 1]) ? k + 2 : k + 1;
    return doc.tokens.digitFirst[j] === 1 && countedSource(doc, from);
  }
  if (lower[k] !== 'and') return false;
  let j = k + 1;
  if (APPROXIMATORS.has(lower[j])) j++;
  // Not "and as many as five years more": there "as many as" approximates a figure.
  if (lower[j] === 'as' && lower[j + 1] === 'many') return lower[j + 2] !== 'as';
  return ((lower[j] === 'the' && lower[j + 1] === 'same') || (lower[j] === 'an' && lower[j + 1] === 'equal')) && SHARES.has(lower[j + 2] ?? '');
}
