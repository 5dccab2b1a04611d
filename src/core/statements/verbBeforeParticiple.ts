/**
 * "After Baird argued that the policy, which …, hurt profits, Holm responded by saying "…"": a participle
 * after "by"/"while" shares the subject of the verb right before it, and when that verb follows its subject
 * directly, the subject is the phrase there, however long the fronted clause before it.
 */
import type { Doc } from '../doc';
import { VERB_FORMS } from '../cues/lexicon';
import { phraseEndingAt, type Phrase } from '../mentions/np';
import { SUBJECT_PRONOUNS } from '../mentions/lexicon';

/** The subject right before the finite verb at token `verb` ("Holm responded"), opening a clause; else null. */
export function subjectOfVerbBefore(doc: Doc, verb: number, floor: number): Phrase | null {
  const lower = doc.tokens.lower;
  const form = VERB_FORMS.get(lower[verb]);
  if (!form || (form.inflection !== 'past' && form.inflection !== 's') || verb - 1 < floor) return null;
  if (SUBJECT_PRONOUNS.has(lower[verb - 1])) return null;
  const phrase = phraseEndingAt(doc, verb - 1, floor);
  // The phrase opens its clause: the sentence's start or a comma before it.
  return phrase && (phrase.first === doc.sentStart[phrase.first] || lower[phrase.first - 1] === ',') ? phrase : null;
}
