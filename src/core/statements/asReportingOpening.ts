/**
 * A sentence opened by a reporting "as" clause and closed by a colon introduces the quotation after it as the
 * words of the "as" clause's source: `As Tom Hart of the Dayton Star observed, the real winner was the
 * network:` ¶ `"…"` → Tom Hart. An opening adverbial may come first ("Of course, as …").
 */
import type { Doc } from '../doc';
import { phraseStartingAt, type Phrase } from '../mentions/np';
import { SUBJECT_PRONOUNS } from '../mentions/lexicon';
import { VERB_FORMS } from '../cues/lexicon';

/** How far into the sentence "as" may stand (after an opening adverbial and its comma). */
const MAX_OPENING = 4;

/** The source of a reporting "as" clause opening the sentence [start, colon] that ends in a colon, or null. */
export function asClauseSource(doc: Doc, start: number, colon: number): Phrase | null {
  const lower = doc.tokens.lower;
  if (lower[colon] !== ':') return null;
  let as = -1;
  for (let k = start; k < start + MAX_OPENING && k < colon; k++) if (lower[k] === 'as') { as = k; break; }
  if (as < 0 || (as > start && lower[as - 1] !== ',')) return null;
  const phrase = SUBJECT_PRONOUNS.has(lower[as + 1]) ? { first: as + 1, last: as + 1 } : phraseStartingAt(doc, as + 1);
  if (!phrase) return null;
  let v = phrase.last + 1;
  if (/^(?:has|have|had)$/.test(lower[v])) v++;
  const form = VERB_FORMS.get(lower[v]);
  // "as Hart observed," / "as Hart has noted,": a verb of saying closing the clause with its comma.
  return form && form.inflection !== 'ing' && lower[v + 1] === ',' ? phrase : null;
}
