/**
 * "After Ms Ruiz visited the ward, she wrote …": "after", "before", "since" or "until" followed by a name and a
 * tensed verb opens a clause, so the name is its subject (a strong antecedent), not a preposition's object.
 */
import { CLAUSE_CONJUNCTIONS } from './lexicon';
import { FINITE_AUXILIARIES, IRREGULAR_PAST } from '../statements/verbWords';

/** Whether `before` (the word before a mention) opens a clause whose verb is `next` (the word after it). */
export function opensClause(before: string, next: string | undefined): boolean {
  if (!CLAUSE_CONJUNCTIONS.has(before) || next === undefined) return false;
  return FINITE_AUXILIARIES.has(next) || IRREGULAR_PAST.has(next) || (next.length > 3 && next.endsWith('ed'));
}
