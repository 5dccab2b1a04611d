/**
 * A hearer with an apposition before "that": "told the journalist, Ben Cole, that she would run again", "told
 * his players, including Sam Reed and Tom Hale, that the season was over" (from hearerSkip.ts). The apposition
 * is one or more noun phrases (joined by commas or "and", after an optional "including"), closed by a comma
 * directly before "that".
 */
import type { Doc } from '../doc';
import { phraseStartingAt } from '../mentions/np';

/** Most phrases read in one apposition. */
const MAX_PHRASES = 6;

/** With the hearer's phrase ending before token `k` (within sentence end `b`): the token of the "that" after its apposition, or -1. */
export function thatAfterHearerApposition(doc: Doc, k: number, b: number): number {
  const lower = doc.tokens.lower;
  if (lower[k] !== ',') return -1;
  let j = lower[k + 1] === 'including' ? k + 2 : k + 1;
  for (let n = 0; n < MAX_PHRASES; n++) {
    const p = phraseStartingAt(doc, j);
    if (!p || p.last + 2 > b) return -1;
    const next = p.last + 1;
    if (lower[next] === ',' && lower[next + 1] === 'that') return next + 1;
    if (lower[next] === 'and') j = next + 1;
    else if (lower[next] === ',' && lower[next + 1] === 'and') j = next + 2;
    else if (lower[next] === ',') j = next + 1;
    else return -1;
  }
  return -1;
}
