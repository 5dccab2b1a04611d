/**
 * A question put to the subject of a passive with no agent: `Ruiz was asked, "Would you run again?"` ·
 * `The minister was pressed on the radio: "Will you resign?"`. The quotation is the unnamed asker's words,
 * not Ruiz's, so it does not continue the source of the statement before it (statements/linkFloating.ts): it
 * stays without a speaker. With an agent (`was asked by host Ann Holt: "…"`) the agent speaks
 * (hearerAgentQuote.ts); `When asked about it, Ruiz said: "…"` has a cue of its own and never comes here.
 */
import type { Doc } from '../doc';
import type { QuoteSpan } from '../quotes/span';
import { PASSIVE_AUXILIARIES } from '../cues/passive';
import { QUOTE } from '../text/tokenTable';

/** Participles of asking whose passive subject is the one questioned. */
const ASKED = new Set(['asked', 'questioned', 'pressed', 'quizzed']);
/** Tokens between the participle and the mark at most: an adjunct ("on Wednesday's broadcast of the show"). */
const MAX_ADJUNCT = 10;
const ADVERB = /^[a-z]{3,}ly$/;

/** Whether the quotation follows "<be> (adverb) asked (adjunct)," or ":" in its own sentence, with no "by". */
export function isQuestionToPassiveSubject(doc: Doc, q: QuoteSpan): boolean {
  const { lower, sent, kind } = doc.tokens;
  const mark = q.openTok - 1;
  if (mark < 2 || (lower[mark] !== ',' && lower[mark] !== ':') || sent[mark] !== sent[q.openTok]) return false;
  for (let k = mark - 1; k >= 1 && k >= mark - 1 - MAX_ADJUNCT && sent[k] === sent[mark]; k--) {
    if (kind[k] === QUOTE || lower[k] === 'by') return false;
    if (!ASKED.has(lower[k])) continue;
    const be = ADVERB.test(lower[k - 1]) ? k - 2 : k - 1;
    return be >= 0 && PASSIVE_AUXILIARIES.has(lower[be]);
  }
  return false;
}
