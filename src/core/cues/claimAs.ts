/**
 * "Palestine claims East Jerusalem as the capital of its future state", "both countries claim the islands
 * as their own": "claim" with a short object and then "as" asserts a right to something, not words said.
 * The "as" phrase may be quoted ("had claimed the peninsula "as an act of force""): the quotation is then the
 * words of the source of an outer cue, and "claimed" no cue of its own.
 */
import type { Doc } from '../doc';
import { DETERMINERS, isStopWord } from '../mentions/lexicon';
import { QUOTE, WORD } from '../text/tokenTable';

const MAX_OBJECT = 6;

export function isClaimOfPossession(doc: Doc, i: number): boolean {
  const { lower, kind, sent } = doc.tokens;
  for (let k = i + 1; k <= i + MAX_OBJECT + 1 && sent[k] === sent[i]; k++) {
    if (lower[k] === 'as') return k > i + 1;
    if (kind[k] === QUOTE && lower[k + 1] === 'as' && sent[k + 1] === sent[i]) return k > i + 1;
    if (kind[k] !== WORD || (isStopWord(lower[k]) && !DETERMINERS.has(lower[k]))) return false;
  }
  return false;
}
