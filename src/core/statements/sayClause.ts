/**
 * Verbs of saying that almost never take a noun object ("said a prayer", "told reporters the news" are rare,
 * and carry no present verb) lower the bar for a content clause: a subject of a determiner and one or two
 * nouns, then a present "-s" verb, is the clause's subject and verb even when isClause's general test (which
 * must also serve "announced the store hours", "reported the quarterly results") does not see one:
 *   said the industry attempts to exploit …  ·  says the company targets poor families  ·
 *   told reporters the firm owes workers …  ·  said the army controls most of the city.
 * Not "said the morning prayers at the chapel" (a preposition after the "-s" word) nor "said the arms sales"
 * (nothing after it), nor "said the ticket prices to Iran" (a name after "to": no infinitive).
 */
import type { Doc } from '../doc';
import data from '../data/cues.json';
import { WORD } from '../text/tokenTable';
import { hasPluralEnding } from '../text/pluralSpelling';
import { COORDINATORS, PREPOSITIONS, RELATIVE, SUBORDINATORS } from './clauseShapes';
import { AUX } from './verbWords';

/** Lemmas of the verbs whose content is a clause far more often than a noun phrase (cues.json clauseOverObject). */
const CLAUSE_OVER_OBJECT: ReadonlySet<string> = new Set(data.clauseOverObject);
const SUBJECT_DETERMINERS = new Set(['the', 'this', 'his', 'her', 'its', 'their', 'our', 'my', 'every', 'each']);
/** Nouns between the determiner and the verb ("the tobacco industry attempts"): at most this many. */
const MAX_NOUNS = 2;
const POSSESSIVES = new Set(["'s", '’s']);

/** Whether the cue's lemma takes a clause far more often than a noun object. */
export function prefersClause(lemma: string): boolean {
  return CLAUSE_OVER_OBJECT.has(lemma);
}

/** Whether tokens from `from` read as determiner, one or two nouns, a present "-s" verb and what follows it. */
export function presentVerbAfterSubject(doc: Doc, from: number, to: number): boolean {
  const { lower, kind, cap } = doc.tokens;
  if (!SUBJECT_DETERMINERS.has(lower[from])) return false;
  // "said the mayor's office controls the budget": a possessor and its "'s" stand for the determiner.
  if (POSSESSIVES.has(lower[from + 2] ?? '') && kind[from + 1] === WORD && cap[from + 1] !== 1) from += 2;
  for (let v = from + 2; v <= from + 1 + MAX_NOUNS && v < to; v++) {
    const prev = lower[v - 1];
    if (kind[v - 1] !== WORD || cap[v - 1] === 1 || AUX.has(prev) || PREPOSITIONS.has(prev) || COORDINATORS.has(prev) || RELATIVE.has(prev)) return false;
    const word = lower[v];
    if (kind[v] !== WORD || cap[v] === 1) return false;
    // "the arms sales …": a plural before the "-s" word makes the two a compound noun.
    if (word.length < 4 || !hasPluralEnding(word) || hasPluralEnding(prev)) continue;
    return opensPredicate(doc, v + 1);
  }
  return false;
}

/** Whether the word after a present verb opens its object or infinitive: not a preposition, a linker or the end. */
function opensPredicate(doc: Doc, k: number): boolean {
  const { lower, kind, cap } = doc.tokens;
  if (kind[k] !== WORD) return false;
  const word = lower[k];
  // "attempts to avoid …": "to" and a verb; "sales to Iran", "prizes to the winners": a preposition.
  if (word === 'to') return kind[k + 1] === WORD && cap[k + 1] !== 1 && !hasPluralEnding(lower[k + 1]) && !SUBJECT_DETERMINERS.has(lower[k + 1]) && !/^(?:a|an|all|some|many|more|most|both)$/.test(lower[k + 1]);
  return !PREPOSITIONS.has(word) && !COORDINATORS.has(word) && !RELATIVE.has(word) && !SUBORDINATORS.has(word) && !AUX.has(word) && doc.tokens.digitFirst[k] !== 1;
}
