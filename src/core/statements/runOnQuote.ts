/**
 * A quotation opening its sentence and running on into the writer's words, then a postposed source and cue
 * closing the sentence: `"I think their account is far more credible" than that of the station chief, Hart
 * said.` — the source after the last comma speaks the quotation; so does an inverted source after a comma
 * (`"…" about fixing the schools, said Ann Ruiz, the union's director.`).
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
  let inverted: QuoteAttribution | null = null;
  for (let k = j; k < j + MAX_RUN_ON && k < doc.tokens.length && sent[k] === sent[j]; k++) {
    if (kind[k] === QUOTE) return null;
    if (lower[k] === ',') comma = k;
    // `"…" about fixing the schools, said Ann Ruiz, the union's director.`: an inverted cue after the run-on.
    if (lower[k] === ',' && !inverted) inverted = invertedAfterComma(doc, k, cues, endsSentence);
    if (endsSentence(k)) break;
  }
  if (inverted) return inverted;
  if (comma < 0) return null;
  const phrase = SUBJECT_PRONOUNS.has(lower[comma + 1]) ? { first: comma + 1, last: comma + 1 } : phraseStartingAt(doc, comma + 1);
  const cue = phrase ? cues.startingAt(phrase.last + 1) : undefined;
  if (!phrase || !cue || !endsSentence(cue.lastTok)) return null;
  return { cue, phrase, apposition: null, cueBefore: false };
}

/** `, said Ann Ruiz.` or `, said Ann Ruiz, the union's director.` after the comma at `comma`, closing the sentence. */
export function invertedAfterComma(doc: Doc, comma: number, cues: CueIndex, endsSentence: (tok: number) => boolean): QuoteAttribution | null {
  const cue = cues.startingAt(comma + 1);
  if (!cue || cue.kind !== 'verb' || cue.inflection === 'ing') return null;
  const phrase = phraseStartingAt(doc, cue.lastTok + 1);
  if (!phrase) return null;
  // The source's own apposition may run to the sentence's end, with no second cue in it.
  let end = phrase.last;
  if (doc.tokens.lower[end + 1] === ',') {
    for (end = end + 2; end < phrase.last + MAX_RUN_ON && !endsSentence(end); end++) if (cues.startingAt(end) || doc.tokens.kind[end] === QUOTE) return null;
  }
  return endsSentence(end) ? { cue, phrase, apposition: null, cueBefore: false } : null;
}
