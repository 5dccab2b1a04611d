/**
 * A sentence opened by its cue, the source after it, then the quotation: `"…." Says one worker, "We will
 * defend it."` The cue and its source introduce the quotation that follows them, not the one before.
 */
import type { CueSpan } from '../cues';
import type { Doc } from '../doc';
import { phraseStartingAt, type Phrase } from '../mentions/np';
import { QUOTE } from '../text/tokenTable';

/** The source after a sentence-opening cue when a comma or colon and a quotation follow it, else null. */
export function sourceOfOpeningInversion(doc: Doc, cue: CueSpan): Phrase | null {
  const { lower, kind, sent, cap } = doc.tokens;
  const opens = cue.firstTok === 0 || sent[cue.firstTok - 1] !== sent[cue.firstTok] || kind[cue.firstTok - 1] === QUOTE;
  if (!opens || cap[cue.firstTok] !== 1 || cue.inflection === 'ing' || cue.kind !== 'verb') return null;
  const phrase = phraseStartingAt(doc, cue.lastTok + 1);
  const next = phrase ? phrase.last + 1 : -1;
  return phrase && (lower[next] === ',' || lower[next] === ':') && kind[next + 1] === QUOTE ? phrase : null;
}
