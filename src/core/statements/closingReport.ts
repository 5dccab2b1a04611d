/**
 * `The agency did not find "ties of any consequence," aside from a few calls, said the bureau's director, Ann
 * Ruiz, on Monday.`: a quotation inside a sentence that a postposed reporting clause closes (", said X …" or
 * ", X said.") is a fragment of what X said. Asked only when no cue stands before the quotation and none right
 * after it (drafts.ts), before the subject of the clause that holds it (uncuedQuoteSubject.ts).
 */
import type { Doc } from '../doc';
import type { QuoteSpan } from '../quotes/span';
import { phraseStartingAt } from '../mentions/np';
import { SUBJECT_PRONOUNS } from '../mentions/lexicon';
import { WORD } from '../text/tokenTable';
import type { CueIndex } from './cueIndex';
import { endsSentence, type QuoteAttribution } from './attribution';
import { invertedAfterComma } from './runOnQuote';

/** How far after the closing mark the reporting clause may start (tokens). */
const MAX_REACH = 40;

export function closingReport(doc: Doc, q: QuoteSpan, cues: CueIndex): QuoteAttribution | null {
  if (q.closeTok === null) return null;
  const { lower, sent, kind } = doc.tokens;
  // Inside its clause: words of the sentence before the opening mark (a quotation opening the sentence is
  // runOnQuote.ts's, a line of its own a heading).
  const before = q.openTok - 1;
  if (before < 0 || sent[before] !== sent[q.openTok] || kind[before] !== WORD) return null;
  const n = doc.tokens.length;
  const s = sent[q.closeTok];
  for (let k = q.closeTok + 1; k < q.closeTok + MAX_REACH && k < n && sent[k] === s; k++) {
    if (lower[k] !== ',') continue;
    const inverted = invertedAfterComma(doc, k, cues, (t) => endsSentence(doc, t));
    if (inverted) return inverted;
    const phrase = SUBJECT_PRONOUNS.has(lower[k + 1]) ? { first: k + 1, last: k + 1 } : phraseStartingAt(doc, k + 1);
    const cue = phrase ? cues.startingAt(phrase.last + 1) : undefined;
    if (phrase && cue && cue.kind === 'verb' && cue.inflection !== 'ing' && endsSentence(doc, cue.lastTok)) return { cue, phrase, apposition: null, cueBefore: false };
  }
  return null;
}
