/**
 * `"…," State Secretary for Equal Opportunities and Green party politician Ann Lowe said.`: after a quotation,
 * a long title before the name, with lowercase words and "and" where the noun-phrase reader stops. When the
 * words after the closing mark run, without punctuation, to a cue that ends the sentence, and the two words
 * before the cue are capitalised (a name), the whole run is the source.
 */
import type { CueSpan } from '../cues';
import type { Doc } from '../doc';
import type { Phrase } from '../mentions/np';
import { WORD } from '../text/tokenTable';

const MAX_WORDS = 20;

export function longTitleSource(doc: Doc, j: number, cueAt: (k: number) => CueSpan | undefined, endsSentence: (tok: number) => boolean): { cue: CueSpan; phrase: Phrase } | null {
  const { kind, cap, sent } = doc.tokens;
  if (cap[j] !== 1) return null;
  for (let k = j + 1; k < j + MAX_WORDS && k < doc.tokens.length && sent[k] === sent[j]; k++) {
    if (kind[k] !== WORD) return null;
    const cue = cueAt(k);
    if (!cue) continue;
    if (k < j + 3 || cue.kind !== 'verb' || cue.inflection === 'ing' || !endsSentence(cue.lastTok)) return null;
    return cap[k - 1] === 1 && cap[k - 2] === 1 ? { cue, phrase: { first: j, last: k - 1 } } : null;
  }
  return null;
}
