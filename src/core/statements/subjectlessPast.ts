import type { Doc } from '../doc';
import { IRREGULAR_PAST } from './verbWords';
import { PREPOSITIONS } from './clauseShapes';

/**
 * "a new route in Washington state derailed at high speed": a past verb, then a preposition, opens no
 * content clause (it has no subject); the cue word was a noun. "said injured people …" keeps its noun.
 */
export function subjectlessPast(doc: Doc, i: number): boolean {
  const { lower, cap } = doc.tokens;
  const word = lower[i];
  const past = IRREGULAR_PAST.has(word) || (word.length > 4 && word.endsWith('ed'));
  return past && cap[i] !== 1 && PREPOSITIONS.has(lower[i + 1] ?? '');
}
