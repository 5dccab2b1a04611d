/**
 * A short time or place adjunct, then a subordinate clause set off by commas, between a cue and its "that":
 * "were quick to say on Monday, once the story broke, that the talks had failed", "said in Geneva, after the
 * vote, that …". The content is the that-clause; the adjuncts say when and where the words were said.
 */
import type { Doc } from '../doc';
import { CALENDAR } from '../mentions/lexicon';
import { WORD } from '../text/tokenTable';
import { ADJUNCT_PREPOSITIONS } from './contentStart';

/** Words opening the set-off clause or phrase ("once the story broke", "after the vote"). */
const SET_OFF_OPENERS = new Set(['once', 'after', 'before', 'when', 'as', 'while', 'since', 'following', 'during', 'despite', 'amid']);
/** The adjunct before the first comma, in tokens ("on Monday", "in Geneva"). */
const MAX_ADJUNCT = 4;
/** The set-off part between the commas, in tokens. */
const MAX_SET_OFF = 16;

/** The token of such a "that" when the adjunct starts at `i` (within sentence end `b`); else `i`. */
export function thatAfterSetOff(doc: Doc, i: number, b: number): number {
  const { lower, kind } = doc.tokens;
  if (!ADJUNCT_PREPOSITIONS.has(lower[i]) && !CALENDAR.has(lower[i])) return i;
  let comma = i + 1;
  while (comma <= b && comma <= i + MAX_ADJUNCT && kind[comma] === WORD) comma++;
  if (lower[comma] !== ',' || !SET_OFF_OPENERS.has(lower[comma + 1] ?? '')) return i;
  for (let k = comma + 2; k <= b && k <= comma + 1 + MAX_SET_OFF; k++) {
    if (lower[k] === ',') return lower[k + 1] === 'that' && k + 2 <= b ? k + 1 : i;
    if (kind[k] !== WORD && lower[k] !== '-') return i;
  }
  return i;
}
