/**
 * Which cue speaks for a quotation when an "according to" phrase and another cue share its sentence.
 *   `Ola Berg said that the mayor sends "warm greetings", according to the Harbour Gazette.`: the quoted
 *   words are Berg's; the paper only reports that she said them.
 *   `According to Ola Berg, the port's spokeswoman, repairs ranged "from days to weeks".`: "repairs" names
 *   no one who could speak; the words come from the source of "according to".
 */
import type { CueSpan } from '../cues';
import type { Doc } from '../doc';
import type { Phrase } from '../mentions/np';
import { DOCUMENT_NOUNS } from '../mentions/documentNouns';
import { ROLE_WORD, Walk } from '../mentions/npClasses';
import { SUBJECT_PRONOUNS } from '../mentions/lexicon';
import type { QuoteSpan } from '../quotes/span';
import type { QuoteAttribution } from './attribution';
import type { CueIndex } from './cueIndex';

/** A phrase that can name a speaker: a capitalised name, a role or group noun, a pronoun or a document. */
export function namesSomeone(doc: Doc, p: Phrase): boolean {
  const { cap, lower } = doc.tokens;
  const w = Walk.of(doc);
  for (let k = p.first; k <= p.last; k++) {
    if (cap[k] === 1 || w.is(k, ROLE_WORD) || SUBJECT_PRONOUNS.has(lower[k]) || DOCUMENT_NOUNS.has(lower[k])) return true;
  }
  return false;
}

/** An "according to" cue earlier in the same sentence as `cue`, if any. */
export function accordingBefore(doc: Doc, cue: CueSpan, cues: CueIndex): CueSpan | null {
  return cues.accordingBefore(cue.firstTok, doc.sentStart[cue.firstTok]) ?? null;
}

/**
 * `X said that … "warm greetings", according to the Gazette.`: a quotation inside the content of a speech
 * cue is the words of that cue's source, not of the medium that reports them. `before` is the attribution
 * by a cue before the quotation, asked only when needed.
 */
export function speakerOverMedium(doc: Doc, q: QuoteSpan, after: QuoteAttribution | null, before: () => QuoteAttribution | null): QuoteAttribution | null {
  const prev = q.openTok - 1;
  const opensSentence = prev < 0 || doc.tokens.sent[prev] !== doc.tokens.sent[q.openTok] || doc.tokens.para[prev] !== q.para;
  if (after?.cue?.kind !== 'according' || opensSentence) return after;
  const speech = before();
  return speech?.phrase && speech.cue?.kind === 'verb' && !speech.fromPreviousSentence ? speech : after;
}
