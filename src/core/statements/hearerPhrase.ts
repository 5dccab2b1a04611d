/**
 * A hearer the noun-phrase reader does not take, as no role or name heads it: "told a news conference the
 * bridge would reopen", "told a packed hall the plan was dead", "told the inquiry that …". A determiner and up
 * to three lowercase words, then a clause (maybe after an adjunct and "that").
 */
import type { Doc } from '../doc';
import { phraseStartingAt, type Phrase } from '../mentions/np';
import { WORD } from '../text/tokenTable';
import { WEEKDAYS } from '../mentions/lexicon';
import { isClause } from './clause';
import { SUBJECT_STARTS, relativeThat } from './contentStart';
import { AUX, COMMON_VERBS, IRREGULAR_PAST } from './verbWords';
import { thatAfterAdjunct } from './thatAfterAdjunct';

const HEARER_DETERMINERS = new Set(['a', 'an', 'the']);
const MAX_WORDS = 5;
const OUTLET_NOUNS = new Set(['media', 'television', 'tv', 'radio', 'press']);

/** The hearer from token `i` when a clause (within sentence end `b`) follows it, or null. */
export function hearerBeforeClause(doc: Doc, i: number, b: number): Phrase | null {
  const { lower, kind, cap } = doc.tokens;
  if (!HEARER_DETERMINERS.has(lower[i])) return null;
  for (let k = i + 1; k <= i + MAX_WORDS && k < b; k++) {
    const word = lower[k];
    if (kind[k] !== WORD || cap[k] === 1 || SUBJECT_STARTS.has(word) || AUX.has(word) || COMMON_VERBS.has(word) || IRREGULAR_PAST.has(word)) return null;
    if (SUBJECT_STARTS.has(lower[k + 1]) && lower[k + 1] !== 'that' && isClause(doc, k + 1, b)) return { first: i, last: k };
    // "told the inquiry that the door was open": "that" and a clause, not a relative ("told the story that moved her").
    if (lower[k + 1] === 'that' && !relativeThat(doc, k + 1) && isClause(doc, k + 2, b)) return { first: i, last: k };
    // "told a press conference in Split on Monday that …": a place or time adjunct, then "that".
    const that = ADJUNCT_START.has(lower[k + 1]) ? thatAfterAdjunct(doc, k + 1, b, true) : -1;
    if (that > k + 1 && lower[that] === 'that' && isClause(doc, that + 1, b)) return { first: i, last: k };
  }
  return null;
}

/** Words opening an adjunct between a hearer and "that". */
const ADJUNCT_START = new Set(['in', 'on', 'at', 'during', 'after', 'last', 'this', 'earlier', ...WEEKDAYS]);

/**
 * The same hearer closing the sentence after a postposed cue: "He would stay, the coach told a news
 * conference." · "…, she told a packed hall on Monday." · "…, he told state television." (`endsAt(k)`: whether the sentence may end after token
 * `k`, a short adjunct aside), or null.
 */
export function hearerClosingSentence(doc: Doc, i: number, b: number, endsAt: (k: number) => boolean): Phrase | null {
  const { lower, kind, cap } = doc.tokens;
  // "…, the club told state media.": a broadcaster's or the press's bare noun needs no determiner.
  if (!HEARER_DETERMINERS.has(lower[i])) return OUTLET_NOUNS.has(lower[i + 1]) && kind[i] === WORD && cap[i] !== 1 && endsAt(i + 1) ? { first: i, last: i + 1 } : null;
  for (let k = i + 1; k <= i + MAX_WORDS && k < b; k++) {
    const word = lower[k];
    if (kind[k] !== WORD || cap[k] === 1 || SUBJECT_STARTS.has(word) || AUX.has(word) || COMMON_VERBS.has(word) || IRREGULAR_PAST.has(word)) return null;
    if (endsAt(k)) return { first: i, last: k };
  }
  return null;
}

/**
 * "…, the owner confirmed to the Borva Times." · "…, she wrote in a letter to the council on Monday.": "to" and
 * the hearer at `i`, then the sentence may end (`endsAt`, as above).
 */
export function hearerAfterTo(doc: Doc, i: number, b: number, endsAt: (k: number) => boolean): boolean {
  if (doc.tokens.lower[i] !== 'to') return false;
  const hearer = phraseStartingAt(doc, i + 1) ?? hearerClosingSentence(doc, i + 1, b, endsAt);
  return hearer !== null && endsAt(hearer.last);
}
