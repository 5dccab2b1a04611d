/**
 * "The plan is sound," said the treasurer, Nell Akers, "but the money is not there.": the second half of a
 * quotation split by its attribution. The words between the cue and the second opening mark are the source's
 * name and apposition, not a sentence the quotation is embedded in, so the lowercase second half is still
 * direct speech.
 */
import type { CueSpan } from '../cues';
import type { Doc } from '../doc';
import type { QuoteSpan } from '../quotes/span';
import { QUOTE } from '../text/tokenTable';

/** How far before the cue the first half's closing mark may be ("…," the city's deputy mayor said, "…"). */
const REACH = 8;

/** Whether `q` opens after a comma that closes an attribution placed between the two halves of a quotation. */
export function isSecondHalfOfSplit(doc: Doc, q: QuoteSpan, cue: CueSpan): boolean {
  const { kind, lower, sent } = doc.tokens;
  if (lower[q.openTok - 1] !== ',' || cue.verbTok >= q.openTok) return false;
  for (let k = cue.verbTok - 1; k >= 0 && k >= cue.verbTok - REACH && sent[k] === sent[cue.verbTok]; k--) {
    // The first half's closing mark, with its comma inside ("…sound," said): a split quotation.
    if (kind[k] === QUOTE) return lower[k - 1] === ',';
  }
  return false;
}
