/**
 * Transcripts pasted as quotations, one paragraph per turn, each opened by its speaker's name in capitals:
 *   `Transcript as follows:` ¶ `"HOLT: Senator, did you know?` ¶ `"RUIZ: I did not."`
 * The label names who speaks the turn (not the source of the paragraph before), and is no part of the words:
 * the statement starts after the colon. A label naming no one (`VIDEO:`, `AUDIO:`, `CROWD:`) leaves the turn
 * without a speaker rather than giving it to the last one named.
 */
import type { Doc } from '../doc';
import type { Phrase } from '../mentions/np';
import type { QuoteSpan } from '../quotes/span';
import { QUOTE, WORD } from '../text/tokenTable';

/** Label words of a transcript that are no speaker (the recording or the stage directions). */
const NO_SPEAKER = new Set(['VIDEO', 'AUDIO', 'CLIP', 'CROWD', 'AUDIENCE', 'NARRATOR', 'UNIDENTIFIED', 'ANNOUNCER', 'CAPTION', 'MUSIC', 'APPLAUSE', 'LAUGHTER', 'CROSSTALK', 'BEGIN', 'END', 'TRANSCRIPT', 'UPDATE', 'NOTE', 'EDITOR', 'PS']);
/** Words in a label at most ("SEN. TED CRUZ:"). */
const MAX_LABEL = 4;
const CAPS = /^\p{Lu}[\p{Lu}'’.-]+$/u;

export interface TranscriptLabel {
  /** The label's words, or null when they name no one. */
  readonly phrase: Phrase | null;
  /** Character offset where the turn's words begin. */
  readonly start: number;
}

/** The end of the caps label after the quotation mark at `open` (the token before its colon), or -1. */
function labelEnd(doc: Doc, open: number): number {
  const { lower, kind, start, end, length } = doc.tokens;
  if (kind[open] !== QUOTE) return -1;
  let k = open + 1;
  while (k < length && k - open - 1 < MAX_LABEL && kind[k] === WORD && CAPS.test(doc.text.slice(start[k], end[k]))) k++;
  return k > open + 1 && lower[k] === ':' ? k - 1 : -1;
}

/** Whether the paragraph next to the one at `from` (`step` -1 before, +1 after) opens with a labelled quotation. */
function neighbourLabelled(doc: Doc, from: number, step: 1 | -1): boolean {
  const { para, length } = doc.tokens;
  const own = para[from];
  let k = from;
  while (k >= 0 && k < length && para[k] === own) k += step;
  if (k < 0 || k >= length) return false;
  if (step === -1) { const p = para[k]; while (k > 0 && para[k - 1] === p) k--; }
  return para[k] === own + step && labelEnd(doc, k) >= 0;
}

/**
 * The speaker label opening a quotation that opens its paragraph, or null. A transcript has several turns:
 * the paragraph before or after opens with a labelled quotation too (not a lone tweet's "BREAKING: …").
 */
export function transcriptLabel(doc: Doc, q: QuoteSpan): TranscriptLabel | null {
  const { para, start } = doc.tokens;
  if (q.openTok > 0 && para[q.openTok - 1] === q.para) return null;
  const last = labelEnd(doc, q.openTok);
  if (last < 0 || last + 2 > q.lastInside) return null;
  if (!neighbourLabelled(doc, q.openTok, -1) && !neighbourLabelled(doc, q.lastInside, 1)) return null;
  const first = q.openTok + 1;
  const words = doc.text.slice(start[first], doc.tokens.end[last]).split(/\s+/);
  const named = !words.some((w) => NO_SPEAKER.has(w.replace(/[.'’]/g, '')));
  return { phrase: named ? { first, last } : null, start: start[last + 2] };
}
