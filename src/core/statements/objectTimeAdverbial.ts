/**
 * Time adverbials after a noun object, which date the act of saying rather than the object: "claimed
 * responsibility on Tuesday for the bombing", "announced his resignation yesterday", "condemned the violence
 * after riots in the city" (see nounObject.ts, which ends the object before them).
 */
import type { Doc } from '../doc';
import { WORD } from '../text/tokenTable';
import { COMMON_VERBS, IRREGULAR_PAST } from './verbWords';
import { DAY_WORDS, WEEKDAYS } from '../mentions/lexicon';

const TIME_NOUNS = new Set(['week', 'month', 'year', 'weekend', 'night', 'morning', 'evening', 'afternoon']);
/** Words after which a day is no adverbial of the act: "through at least Sunday", "until Monday". */
const NOT_A_HEAD = new Set(['least', 'until', 'till', 'through', 'by', 'from', 'to', 'since', 'for', 'of', 'than', 'on', 'at', 'in', 'before', 'after']);

const DETERMINERS_BEFORE_DAY = new Set(['the', 'a', 'an', 'this', 'that', 'his', 'her', 'its', 'their', 'our', 'every', 'each']);

/** Whether token `k` is a verb form that may be a participle ("the progress made during the talks"). */
export function participle(doc: Doc, k: number): boolean {
  const word = doc.tokens.lower[k];
  return /(?:ed|en|ing)$/.test(word) || IRREGULAR_PAST.has(word) || COMMON_VERBS.has(word);
}

/**
 * Whether a time adverbial dating the act starts at token `k`, right after the object's noun: "yesterday",
 * "on Monday", "last week". Not a date, which may be the object's own ("ordered inspections on December 11"),
 * nor one before the noun's complement ("announced plans last month to sell the firm"), nor one after a
 * preposition or participle ("through at least Sunday", "the report filed on Monday").
 */
export function datesTheAct(doc: Doc, k: number): boolean {
  const { lower } = doc.tokens;
  const word = lower[k];
  let end = k;
  if (DAY_WORDS.has(word)) end = k + 1; // a day dates the act on its own ("announced her retirement yesterday")
  else if (word === 'on' && WEEKDAYS.has(lower[k + 1])) end = k + 2;
  else if ((word === 'last' || word === 'this' || word === 'earlier') && TIME_NOUNS.has(lower[k + 1])) end = k + 2;
  if (end === k || lower[end] === "'s" || lower[end] === '’s' || lower[end] === 'to') return false;
  // "criticised the Sunday trading laws", "announced a Friday curfew": after a determiner the day modifies a noun.
  if (DETERMINERS_BEFORE_DAY.has(lower[k - 1])) return false;
  return doc.tokens.kind[k - 1] === WORD && !NOT_A_HEAD.has(lower[k - 1]) && !participle(doc, k - 1);
}

const TIME_DEICTICS = new Set(['next', 'last', 'this', 'every']);

/** Whether tokens [first, last] are only a time adverbial ("will report next month"), which is no object. */
export function isTimeOnly(doc: Doc, first: number, last: number): boolean {
  const { lower } = doc.tokens;
  return last === first + 1 && TIME_DEICTICS.has(lower[first]) && (TIME_NOUNS.has(lower[last]) || WEEKDAYS.has(lower[last]));
}
