/**
 * A share of a group opening a coordinated report: "…, and more than 4 in 10 said …", "…, and nearly a third
 * of voters said …", "…, and about 40 percent said …". The coordinated-cue test reads a source of capitalised
 * words or role nouns; a share is figures and small words up to the cue, so the content before it ends there.
 */
import type { Doc } from '../doc';
import { WORD } from '../text/tokenTable';
import { FIGURE_APPROXIMATORS, FRACTIONS, NUMBER_WORDS, SHARE_NOUNS } from './shareWords';

/** Small words of a share ("more than 4 in 10", "nearly a third of the voters", "about 40 percent"). */
const SHARE_WORDS = new Set(['more', 'less', 'fewer', 'than', 'a', 'the', 'in', 'of', 'out', ...FIGURE_APPROXIMATORS, ...SHARE_NOUNS, ...NUMBER_WORDS]);
/** The longest share walked over before its cue. */
const MAX_SHARE = 8;

/** Whether a share of a group starts at token `k` and runs, with at most one plural group noun, into a cue. */
export function shareThenCue(doc: Doc, k: number, isCueAt: (tok: number) => boolean): boolean {
  const { lower, kind, digitFirst, cap } = doc.tokens;
  let figure = false;
  let nouns = 0;
  for (let j = k; j < k + MAX_SHARE && j < doc.tokens.length; j++) {
    if (j > k && isCueAt(j)) return figure;
    if (digitFirst[j] === 1 || SHARE_NOUNS.has(lower[j])) { figure = true; continue; }
    if (SHARE_WORDS.has(lower[j])) continue;
    // "a third of voters said": one lowercase plural noun for the group.
    if (kind[j] === WORD && cap[j] !== 1 && lower[j].endsWith('s') && nouns === 0 && figure) { nouns++; continue; }
    return false;
  }
  return false;
}

/** Words a clause opens after ("…, and more than 4 in 10 said", "But nearly half said"). */
const CLAUSE_LINKS = new Set([',', 'and', 'but', 'while', 'whereas', 'yet', ';']);

/**
 * A share alone as the cue's subject, ending at token `k` right before the cue: "More than 4 in 10 said …",
 * "more than half said …", "About 40 percent said …"; it opens its sentence or clause. Null otherwise.
 */
export function shareSubject(doc: Doc, k: number, floor: number): { first: number; last: number } | null {
  const { lower, digitFirst } = doc.tokens;
  // It ends on a figure or a fraction; "majority" and "minority" are nouns the phrase walk reads ("a majority said").
  if (!(digitFirst[k] === 1 || FRACTIONS.has(lower[k]))) return null;
  let first = k;
  while (first - 1 >= floor && first > k - MAX_SHARE && (digitFirst[first - 1] === 1 || SHARE_WORDS.has(lower[first - 1]))) first--;
  // A bare figure is read elsewhere ("Two said …", "About 40 percent said …"); this is for the shares with a
  // comparison or a fraction ("more than half", "4 in 10").
  let shaped = false;
  for (let j = first; j <= k; j++) if (/^(?:than|in|half|thirds?|quarters?|fifths?)$/.test(lower[j])) shaped = true;
  if (!shaped) return null;
  return first === floor || CLAUSE_LINKS.has(lower[first - 1]) ? { first, last: k } : null;
}
