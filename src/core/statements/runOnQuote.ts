/**
 * A quotation opening its sentence and running on into the writer's words, then a postposed source and cue
 * closing the sentence: `"I think their account is far more credible" than that of the station chief, Hart
 * said.` — the source after the last comma speaks the quotation.
 */
import type { Doc } from '../doc';
import type { QuoteSpan } from '../quotes/span';
import { phraseStartingAt } from '../mentions/np';
import { SUBJECT_PRONOUNS } from '../mentions/lexicon';
import { QUOTE, WORD } from '../text/tokenTable';
import type { CueIndex } from './cueIndex';
import type { QuoteAttribution } from './attribution';

const MAX_RUN_ON = 30;

export function runOnThenPostposedCue(doc: Doc, q: QuoteSpan, j: number, cues: CueIndex, endsSentence: (tok: number) => boolean): QuoteAttribution | null {
  const { lower, kind, cap, sent } = doc.tokens;
  if (q.closeTok === null || j !== q.closeTok + 1 || kind[j] !== WORD || cap[j] === 1 || /[,.!?…:;—-]$/.test(q.text)) return null;
  let comma = -1;
  for (let k = j; k < j + MAX_RUN_ON && k < doc.tokens.length && sent[k] === sent[j]; k++) {
    if (kind[k] === QUOTE) return null;
    if (lower[k] === ',') comma = k;
    if (endsSentence(k)) break;
  }
  if (comma < 0) return null;
  const phrase = SUBJECT_PRONOUNS.has(lower[comma + 1]) ? { first: comma + 1, last: comma + 1 } : phraseStartingAt(doc, comma + 1);
  const cue = phrase ? cues.startingAt(phrase.last + 1) : undefined;
  if (!phrase || !cue || !endsSentence(cue.lastTok)) return null;
  return { cue, phrase, apposition: null, cueBefore: false };
}
