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
import { describe } from '../mentions/describe';
import { VERB_FORMS } from '../cues/lexicon';
import type { QuoteSpan } from '../quotes/span';
import { QUOTE, WORD } from '../text/tokenTable';
import type { QuoteAttribution } from './attribution';
import { DASHES } from './dashApposition';
import { FINITE_AUXILIARIES_AND_DO } from './verbWords';

/** At most this many tokens in the signature paragraph ("— Ruth Abara, mayor of Kelton, speaking in 2021"). */
const LONGEST = 16;

/** The source signed in the paragraph right after `q`, when `q` fills its own paragraph. */
export function signatureBelow(doc: Doc, q: QuoteSpan): QuoteAttribution | null {
  const { para, lower, kind } = doc.tokens;
  if (q.closeTok === null || (q.openTok > 0 && para[q.openTok - 1] === q.para)) return null;
  const next = q.closeTok + 1;
  if (next >= doc.tokens.length || para[next] !== q.para + 1) return null;
  // "Ruth Abara, mayor of Kelton" with no dash: a person's name, then a comma and the role.
  const undashed = !DASHES.has(lower[next]);
  if (undashed && !namedWithRole(doc, next)) return null;
  const first = undashed ? next : next + 1;
  let last = next;
  while (last + 1 < doc.tokens.length && para[last + 1] === para[next]) last++;
  if (last - next > LONGEST) return null;
  for (let k = first; k <= last; k++) {
    // A sentence after the dash ("— Abara has since resigned.") is no signature.
    if (kind[k] === QUOTE || (kind[k] === WORD && (VERB_FORMS.has(lower[k]) || FINITE_AUXILIARIES_AND_DO.has(lower[k])))) return null;
  }
  if (/^[.!?]$/.test(lower[last])) return null;
  const phrase = phraseStartingAt(doc, first);
  return phrase ? { cue: null, phrase, apposition: null, cueBefore: false } : null;
}

/** Whether the paragraph at `k` opens with a person's name and a comma ("Ruth Abara, mayor of Kelton"). */
function namedWithRole(doc: Doc, k: number): boolean {
  const phrase = phraseStartingAt(doc, k);
  if (!phrase || doc.tokens.lower[phrase.last + 1] !== ',') return false;
  const info = describe(doc, phrase);
  return info.name !== null && info.kind === 'person' && info.name.includes(' ');
}
