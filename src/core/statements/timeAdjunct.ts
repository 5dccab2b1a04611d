/**
 * A short time adjunct between a hearer and the reported clause: "She told Vogue magazine in 2015 she had
 * not recorded it …", "told reporters on Monday the talks had failed", "told the BBC last week it would
 * appeal", "said Tuesday schools would reopen". The content starts after it.
 */
import type { Doc } from '../doc';
import { CALENDAR, WEEKDAYS } from '../mentions/lexicon';
import { WORD } from '../text/tokenTable';

const OPENERS = new Set(['in', 'on', 'during', 'last', 'this', 'earlier', 'later', 'early', 'late']);
const TIME_NOUNS = new Set(['week', 'month', 'year', 'day', 'morning', 'afternoon', 'evening', 'night', 'weekend', 'spring', 'summer', 'autumn', 'fall', 'winter']);
const TIME_DETERMINERS = new Set(['the', 'this', 'last']);
const MAX_WORDS = 3;
const DEICTIC_DAYS = new Set(['yesterday', 'today', 'tonight']);

function timeWord(doc: Doc, k: number): boolean {
  const word = doc.tokens.lower[k];
  return doc.tokens.digitFirst[k] === 1 || CALENDAR.has(word) || TIME_NOUNS.has(word);
}

/** The token after a time adjunct starting at `i`, or `i` when there is none. */
export function afterTimeAdjunct(doc: Doc, i: number): number {
  const { lower, kind, sent } = doc.tokens;
  // "said Tuesday schools would reopen", "said yesterday cranes will …": a bare weekday or deictic day (not "Tuesday's vote").
  if ((WEEKDAYS.has(lower[i]) || DEICTIC_DAYS.has(lower[i])) && sent[i + 1] === sent[i] && kind[i + 1] === WORD && lower[i + 1] !== "'s" && lower[i + 1] !== '’s') return lower[i + 1] === 'night' || lower[i + 1] === 'morning' ? i + 2 : i + 1;
  const k = timePhraseEnd(doc, i);
  // Not "said last year's budget was too small": a possessive makes the time words a determiner.
  return k > i && sent[k] === sent[i] && kind[k] === WORD && lower[k] !== "'s" && lower[k] !== '’s' ? k : i;
}

/** The token after "on Monday", "last week", "in March 2009" starting at `i`, or `i` when there is none. */
export function timePhraseEnd(doc: Doc, i: number): number {
  const { lower, sent } = doc.tokens;
  if (!OPENERS.has(lower[i])) return i;
  let k = i + 1;
  let timed = false;
  // "the", "this", "last" only before a time word: "on Monday the talks …" keeps its "the".
  while (k <= i + MAX_WORDS && sent[k] === sent[i] && (timeWord(doc, k) || (TIME_DETERMINERS.has(lower[k]) && timeWord(doc, k + 1)))) {
    timed = timed || timeWord(doc, k);
    k++;
  }
  return timed ? k : i;
}

const PLACE_OPENERS = new Set(['on', 'in', 'at', 'via', 'from']);
const MAX_NAME = 3;

/**
 * "said on Twitter the minister was recovering", "said in Geneva the talks had failed": a preposition and a
 * short name before the clause. The token after the name when a clause follows (`isClauseAt`), else `i`.
 */
export function afterNamedPlace(doc: Doc, i: number, isClauseAt: (k: number) => boolean): number {
  const { lower, cap, kind, sent } = doc.tokens;
  if (!PLACE_OPENERS.has(lower[i]) || cap[i + 1] !== 1 || kind[i + 1] !== WORD) return i;
  let k = i + 1;
  while (k < i + 1 + MAX_NAME && cap[k] === 1 && kind[k] === WORD && sent[k] === sent[i]) k++;
  if (cap[k] === 1 || lower[k] === "'s" || lower[k] === '’s' || kind[k] !== WORD) return i;
  return isClauseAt(k) ? k : i;
}
