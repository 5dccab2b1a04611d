/**
 * An object pronoun right before a cue that names its source all the same:
 *   "Witnesses heard him shouting "…"" — the one heard speaks the participle's words;
 *   "One post by him read, "…"" — the author of a document after "by"/"from" (documentAuthors.ts takes the
 *   pronoun out of the phrase, and describe.ts reads "him" as "he").
 */
import type { Doc } from '../doc';
import type { Phrase } from '../mentions/np';
import { DOCUMENT_NOUNS, EXPRESSION_NOUNS } from '../mentions/documentNouns';
import { DETERMINERS } from '../mentions/lexicon';
import { PERCEPTION } from './participleObject';

const OBJECT_PRONOUNS = new Set(['him', 'her', 'them']);

export function objectPronounSource(doc: Doc, k: number, floor: number, participle: boolean): Phrase | null {
  const lower = doc.tokens.lower;
  if (k - 1 < floor || !OBJECT_PRONOUNS.has(lower[k])) return null;
  if (participle && PERCEPTION.has(lower[k - 1])) return { first: k, last: k };
  const noun = k - 2;
  if ((lower[k - 1] !== 'by' && lower[k - 1] !== 'from') || noun < floor) return null;
  if (!DOCUMENT_NOUNS.has(lower[noun]) && !EXPRESSION_NOUNS.has(lower[noun])) return null;
  return { first: noun - 1 >= floor && DETERMINERS.has(lower[noun - 1]) ? noun - 1 : noun, last: k };
}
