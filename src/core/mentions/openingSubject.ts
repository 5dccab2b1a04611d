/**
 * "A meeting in March with Finance Minister Omar Haddad was the scene of warnings.": a mention after a
 * preposition inside the phrase that opens its sentence, before any verb or comma, belongs to the sentence's
 * subject; when that subject names no one, the person in it is what the sentence is about (antecedent.ts).
 * Not an oblique after the verb ("The star was met by the mayor").
 */
import type { Doc } from '../doc';
import { VERB_FORMS } from '../cues/lexicon';
import { AUX, COMMON_VERBS } from '../statements/verbWords';
import { WORD } from '../text/tokenTable';

/** How far into its sentence the mention may start. */
const REACH = 12;

export function insideOpeningSubject(doc: Doc, first: number): boolean {
  const { lower, kind } = doc.tokens;
  const start = doc.sentStart[first];
  if (first - start > REACH) return false;
  for (let k = start; k < first; k++) {
    if (kind[k] !== WORD) return false;
    const w = lower[k];
    if (AUX.has(w) || COMMON_VERBS.has(w) || VERB_FORMS.has(w)) return false;
  }
  return true;
}
