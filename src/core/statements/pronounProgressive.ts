/**
 * "He declined to say whether the Governor knew of the memo at the time he was asserting that "…"": a subject
 * pronoun right before the progressive's "be" is that progressive's own subject, wherever its clause opens
 * (a bare relative "the time he was …", an object clause "knew she was …"), so the cue's source is the pronoun,
 * not the subject of the sentence's first clause. Only personal pronouns: "it" may be a thing there.
 */
import type { Doc } from '../doc';
import type { Phrase } from '../mentions/np';
import { BE_FORMS } from './verbWords';

const PERSONAL = new Set(['he', 'she', 'they', 'we', 'i']);

/** `aux`: the token right before the "-ing" cue. */
export function pronounBeforeProgressive(doc: Doc, aux: number, floor: number): Phrase | null {
  const lower = doc.tokens.lower;
  const p = aux - 1;
  if (p < floor || !BE_FORMS.has(lower[aux]) || !PERSONAL.has(lower[p])) return null;
  return { first: p, last: p };
}
