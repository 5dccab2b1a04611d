/**
 * A name after "the" with no role word is a thing, an event or an institution, not a person: "the 1963
 * Detroit Walk", "the Grammy Award", "the Elton John AIDS Foundation" (people take no article: "the singer
 * Aretha Franklin" has a role word, "the late Aretha Franklin" an adjective that only people take).
 */
import type { Doc } from '../doc';
import { GROUPS, ROLES, TITLES } from './lexicon';

const PERSON_ADJECTIVES = new Set(['late', 'former', 'then', 'young', 'elder', 'younger', 'older', 'legendary', 'veteran', 'retired', 'disgraced', 'jailed', 'embattled']);

/** Whether tokens [first, runFirst) are "the" and modifiers with no role word before the name. */
export function isArticleBeforeName(doc: Doc, first: number, runFirst: number): boolean {
  const lower = doc.tokens.lower;
  if (lower[first] !== 'the' || runFirst <= first) return false;
  for (let k = first + 1; k < runFirst; k++) {
    const word = lower[k];
    if (ROLES.has(word) || TITLES.has(word) || GROUPS.has(word) || PERSON_ADJECTIVES.has(word) || word.startsWith('then-')) return false;
  }
  return true;
}
