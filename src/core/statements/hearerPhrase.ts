/**
 * A hearer the noun-phrase reader does not take, as no role or name heads it: "told a news conference the
 * bridge would reopen", "told a packed hall the plan was dead". A determiner and up to three lowercase words,
 * then a clause.
 */
import type { Doc } from '../doc';
import type { Phrase } from '../mentions/np';
import { WORD } from '../text/tokenTable';
import { isClause } from './clause';
import { SUBJECT_STARTS } from './contentStart';
import { AUX, COMMON_VERBS, IRREGULAR_PAST } from './verbWords';

const HEARER_DETERMINERS = new Set(['a', 'an', 'the']);
const MAX_WORDS = 3;

/** The hearer from token `i` when a clause (within sentence end `b`) follows it, or null. */
export function hearerBeforeClause(doc: Doc, i: number, b: number): Phrase | null {
  const { lower, kind, cap } = doc.tokens;
  if (!HEARER_DETERMINERS.has(lower[i])) return null;
  for (let k = i + 1; k <= i + MAX_WORDS && k < b; k++) {
    const word = lower[k];
    if (kind[k] !== WORD || cap[k] === 1 || SUBJECT_STARTS.has(word) || AUX.has(word) || COMMON_VERBS.has(word) || IRREGULAR_PAST.has(word)) return null;
    if (SUBJECT_STARTS.has(lower[k + 1]) && lower[k + 1] !== 'that' && isClause(doc, k + 1, b)) return { first: i, last: k };
  }
  return null;
}
