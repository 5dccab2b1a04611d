/**
 * A cue verb joined by "and" to the verb of a relative clause shares the relative's subject: `"…," said a
 * former official who oversaw such cases and described the affair as "minor"` → the official describes (not
 * the sentence's first subject). The relative opens with "who" and its own verb; no comma or quotation mark
 * stands between it and the cue. After a comma too: "Ana Ruiz, who led the audit and said …".
 */
import type { CueSpan } from '../cues';
import type { Doc } from '../doc';
import { phraseEndingAt, type Phrase } from '../mentions/np';
import { WORD } from '../text/tokenTable';

const REACH = 15;

export function antecedentOfJoinedRelative(doc: Doc, cue: CueSpan, floor: number): Phrase | null {
  const { lower, kind } = doc.tokens;
  if (cue.inflection === 'ing' || lower[cue.firstTok - 1] !== 'and') return null;
  for (let j = cue.firstTok - 2; j > floor && j >= cue.firstTok - REACH; j--) {
    if (kind[j] !== WORD || lower[j] === 'and' || lower[j] === 'that' || lower[j] === 'which') return null;
    if (lower[j] !== 'who') continue;
    if (j + 1 >= cue.firstTok - 1) return null;
    // "Ana Ruiz, who led the audit and said …": the antecedent before the relative's comma.
    const end = lower[j - 1] === ',' ? j - 2 : j - 1;
    return kind[end] === WORD ? phraseEndingAt(doc, end, floor) : null;
  }
  return null;
}
