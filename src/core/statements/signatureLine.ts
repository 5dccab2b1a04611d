/**
 * A pull quote or epigraph signed on the line below: a paragraph that is one whole quotation, then a
 * paragraph of a dash and the source's name, with a role but no verb —
 *   "We are still here, and we are not leaving."
 *
 *   — Ruth Abara, mayor of Kelton
 * (The same signature inside the quotation's own paragraph is read in attribution.ts.)
 */
import type { Doc } from '../doc';
import { phraseStartingAt } from '../mentions/np';
import { VERB_FORMS } from '../cues/lexicon';
import type { QuoteSpan } from '../quotes/span';
import { QUOTE, WORD } from '../text/tokenTable';
import type { QuoteAttribution } from './attribution';
import { FINITE_AUXILIARIES_AND_DO } from './verbWords';

const DASHES = new Set(['-', '—', '–', '--']);
/** At most this many tokens in the signature paragraph ("— Ruth Abara, mayor of Kelton, speaking in 2021"). */
const LONGEST = 16;

/** The source signed in the paragraph right after `q`, when `q` fills its own paragraph. */
export function signatureBelow(doc: Doc, q: QuoteSpan): QuoteAttribution | null {
  const { para, lower, kind } = doc.tokens;
  if (q.closeTok === null || (q.openTok > 0 && para[q.openTok - 1] === q.para)) return null;
  const dash = q.closeTok + 1;
  if (dash >= doc.tokens.length || para[dash] !== q.para + 1 || !DASHES.has(lower[dash])) return null;
  let last = dash;
  while (last + 1 < doc.tokens.length && para[last + 1] === para[dash]) last++;
  if (last - dash > LONGEST) return null;
  for (let k = dash + 1; k <= last; k++) {
    // A sentence after the dash ("— Abara has since resigned.") is no signature.
    if (kind[k] === QUOTE || (kind[k] === WORD && (VERB_FORMS.has(lower[k]) || FINITE_AUXILIARIES_AND_DO.has(lower[k])))) return null;
  }
  if (/^[.!?]$/.test(lower[last])) return null;
  const phrase = phraseStartingAt(doc, dash + 1);
  return phrase ? { cue: null, phrase, apposition: null, cueBefore: false } : null;
}
