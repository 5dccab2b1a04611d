/**
 * "She said accusing them without evidence "violates media ethics"" · "He said criticising the plan was unfair":
 * "say" takes no gerund object, so an -ing form right after it opens the content clause as its subject (the
 * gerund's act is what the clause is about, not a second statement). Not after a comma ("said, adding …") and
 * not after verbs that take a gerund ("denied saying", "recalled telling": gerund-frame cues, left alone).
 */
import type { Doc } from '../doc';
import { VERB_FORMS } from './lexicon';

export function isGerundSubjectAfterSay(doc: Doc, i: number): boolean {
  const { lower, sent } = doc.tokens;
  if (!lower[i].endsWith('ing') || i < 1 || sent[i - 1] !== sent[i]) return false;
  return VERB_FORMS.get(lower[i - 1])?.lemma === 'say';
}
