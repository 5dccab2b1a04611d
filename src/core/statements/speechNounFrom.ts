/**
 * A noun of speech whose source follows "from", opening the sentence a colon ends before the quotation:
 *   "The message from organiser Amy Stone was clear: "…"" · "The response from the ministry came within hours: "…""
 * The subject is the words, not their source (a message cannot speak), so the source is the phrase after "from".
 * Not "The sign on the door had a message: "…"" (no "from": a thing, not a source).
 */
import type { Doc } from '../doc';
import type { QuoteSpan } from '../quotes/span';
import { phraseStartingAt } from '../mentions/np';
import { QUOTE } from '../text/tokenTable';
import type { QuoteAttribution } from './attribution';
import data from '../data/quoteCues.json';

/** Nouns of what a source said ("message", "reply", "warning"). */
const SPEECH_NOUNS: ReadonlySet<string> = new Set(data.speechNouns);
const OPENERS = new Set(['the', 'a', 'an', 'this', 'that']);
/** Words between the sentence start and the colon at most. */
const MAX_WORDS = 18;

export function speechNounSource(doc: Doc, q: QuoteSpan): QuoteAttribution | null {
  const { lower, sent, kind } = doc.tokens;
  const colon = q.openTok - 1;
  if (colon < 3 || lower[colon] !== ':' || sent[colon] !== sent[q.openTok]) return null;
  const s = doc.sentStart[colon];
  if (colon - s > MAX_WORDS) return null;
  let k = s;
  if (OPENERS.has(lower[k])) k++;
  if (!SPEECH_NOUNS.has(lower[k]) || lower[k + 1] !== 'from') return null;
  const phrase = phraseStartingAt(doc, k + 2);
  if (!phrase || phrase.last >= colon) return null;
  // "The reply from the ministry prompted Senator Pike to say: "…"": another name before the colon may be the speaker.
  for (let t = phrase.last + 1; t < colon; t++) if (kind[t] === QUOTE || doc.tokens.cap[t] === 1) return null;
  return { cue: null, phrase, apposition: null, cueBefore: true };
}
