/**
 * The clause a verb of proposing takes with a bare verb (the mandative subjunctive of American news):
 * "suggesting the city outsource the work", "proposed that each state hold its own vote", "demanded the
 * council resign". The clause tests look for a tensed verb; after these cues a subject and a base form are a
 * clause too.
 */
import type { Doc } from '../doc';
import { phraseStartingAt } from '../mentions/np';
import { AUX } from './verbWords';
import { WORD } from '../text/tokenTable';

const PROPOSING = new Set(['suggest', 'propose', 'recommend', 'demand', 'insist', 'request', 'urge']);
/** Words that may open the bare verb's object or adjunct. */
const AFTER_VERB = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'all', 'any', 'more', 'to', 'in', 'on', 'at', 'for', 'with', 'from', 'into', 'out', 'up', 'down', 'back', 'off', 'away', 'them', 'it', 'him', 'us', 'itself', 'themselves']);

/** Words after a subject that are not its verb. */
const FUNCTION_WORDS = new Set(['and', 'or', 'but', 'that', 'who', 'which', 'not', 'also', 'only', 'of', 'by', 'as', 'than', 'if', 'when', 'because']);

/** Whether tokens from `i` are a subject and a bare verb after a verb of proposing (`lemma`). */
export function mandativeClause(doc: Doc, i: number, last: number, lemma: string): boolean {
  if (!PROPOSING.has(lemma)) return false;
  const { lower, kind, cap } = doc.tokens;
  const subject = phraseStartingAt(doc, i);
  if (!subject || subject.last + 2 > last) return false;
  const verb = subject.last + 1;
  const w = lower[verb];
  // A base form: lowercase, no inflection ending, not a function word; then its object or adjunct.
  if (kind[verb] !== WORD || cap[verb] === 1 || /(?:s|ed|ing|ly)$/.test(w) || w.length < 3) return false;
  if (AUX.has(w) || AFTER_VERB.has(w) || FUNCTION_WORDS.has(w)) return false;
  return AFTER_VERB.has(lower[verb + 1] ?? '');
}
