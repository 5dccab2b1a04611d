/**
 * "Lewis denied it, although his responses in the interview described the leaks as "…"": the phrase walk
 * back from the cue stops at "the interview", inside a prepositional phrase; the subject is the noun before
 * the preposition, a thing said with its speaker as possessor ("his responses"), so the source phrase runs
 * from the possessor (documentAuthors.ts then takes the possessor as the source).
 */
import type { Doc } from '../doc';
import type { Phrase } from '../mentions/np';
import { DOCUMENT_NOUNS, EXPRESSION_NOUNS } from '../mentions/documentNouns';
import { POSSESSIVE_PRONOUNS } from '../mentions/lexicon';

const PREPOSITIONS = new Set(['in', 'at', 'during', 'on', 'to']);

export function withSpeechPossessor(doc: Doc, p: Phrase, floor: number): Phrase {
  const lower = doc.tokens.lower;
  const noun = p.first - 2;
  if (noun - 1 < floor || !PREPOSITIONS.has(lower[p.first - 1])) return p;
  if (!EXPRESSION_NOUNS.has(lower[noun]) && !DOCUMENT_NOUNS.has(lower[noun])) return p;
  return POSSESSIVE_PRONOUNS.has(lower[noun - 1]) ? { first: noun - 1, last: p.last } : p;
}
