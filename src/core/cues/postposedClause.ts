/** A that-only verb ending a postposed reporting clause without "that" (from verbCue.ts). */
import type { Doc } from '../doc';
import { POSTPOSED_THAT_ONLY } from './lexicon';
import { CLAUSE_CONJUNCTIONS, CLAUSE_OPENERS } from '../mentions/lexicon';

/**
 * "The witness had been coached, the judge observed.": a that-only verb right before the sentence's end or a
 * comma, with a comma a few words before it (closing the content), ends a postposed reporting clause; whether
 * the words before that comma are a clause is left to the postposed reading (statements/postposed.ts). Not after
 * "and" ("…, and the court ruled.") nor after a fronted subordinate clause ("When the appeal came, the court
 * ruled."): those commas close no content.
 */
export function endsPostposedClause(doc: Doc, i: number, lemma: string): boolean {
  const { lower, sent } = doc.tokens;
  if (!POSTPOSED_THAT_ONLY.has(lemma) || !/^[.!?,]$/.test(lower[i + 1] ?? '')) return false;
  const opening = lower[doc.sentStart[i]];
  if (CLAUSE_OPENERS.has(opening) || CLAUSE_CONJUNCTIONS.has(opening)) return false;
  for (let k = i - 1; k >= 0 && k >= i - 6 && sent[k] === sent[i]; k--) {
    if (lower[k] === ',') return k < i - 1 && !/^(?:and|but|so|or|then)$/.test(lower[k + 1]);
  }
  return false;
}
