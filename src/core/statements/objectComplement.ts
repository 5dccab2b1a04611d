/**
 * A verb of naming with an object and its predicate, and no "as": the content is both.
 *   called [the ruling an insult to the victims] · dismissed the report, calling [it a fabrication] ·
 *   calling [them outrageous] · branded [the prison unsafe for inmates]
 * Not "called the hotel an hour later" (a time, not a predicate), "called him back", "called the police".
 */
import type { CueSpan } from '../cues';
import type { Doc } from '../doc';
import { WORD } from '../text/tokenTable';
import { clauseEnd } from './clauseEnd';

const NAMING_VERBS = new Set(['call', 'brand', 'label', 'dub', 'term']);
const PRONOUN_OBJECTS = new Set(['it', 'them', 'him', 'her']);
const OBJECT_DETERMINERS = new Set(['the', 'this', 'these', 'those', 'his', 'her', 'its', 'their', 'our']);
const INDEFINITE = new Set(['a', 'an']);
/** "called the hotel a day later": an indefinite time phrase is an adjunct, not a predicate. */
const INDEFINITE_TIME_WORDS = new Set(['last', 'next', 'every', 'each', 'day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'hour', 'hours', 'minute', 'minutes', 'time', 'moment', 'morning', 'afternoon', 'evening', 'night', 'second', 'few', 'while', 'short', 'couple']);
/** Words after a pronoun object that are no predicate: "called him back", "calling them on Monday". */
const NOT_PREDICATE = new Set(['to', 'on', 'in', 'at', 'for', 'from', 'by', 'with', 'about', 'back', 'up', 'off', 'out', 'over', 'again', 'and', 'or', 'but', 'yesterday', 'today', 'tonight', 'later', 'earlier', 'before', 'after', 'when', 'while', 'that', 'if', 'into', 'during', 'home', 'twice', 'once', 'too', 'then', 'so', 'the', 'this', 'his', 'their', 'its']);
/** Common predicate adjectives without a telling ending ("calling them misleading" has one). */
const PREDICATE_ADJECTIVES = new Set(['wrong', 'false', 'absurd', 'baseless', 'unfounded', 'misleading', 'ridiculous', 'racist', 'unfair', 'unjust', 'illegal', 'outrageous', 'shameful', 'disgraceful', 'unacceptable', 'inappropriate', 'irresponsible', 'dangerous', 'reckless', 'stupid', 'crazy', 'insane', 'fake', 'corrupt', 'biased', 'excessive', 'premature', 'dishonest', 'untrue', 'inaccurate', 'politically', 'naive', 'hypocritical', 'offensive', 'rude', 'cruel', 'barbaric', 'heroic', 'brave', 'courageous', 'historic', 'unprecedented']);
/** Adjectives by their shape ("unsafe", "illegal", "irresponsible", "dangerous", "unacceptable"). */
const ADJECTIVE_SHAPE = /^(?:un|il|ir|im)[a-z]{4,}$|^in[a-z]{6,}$|[a-z]{3,}(?:ous|ful|less|able|ible|ive)$/;

/** The object and its predicate from token `i` (right after the cue), or null. */
export function objectComplement(doc: Doc, cue: CueSpan, i: number, isCueAt: (t: number) => boolean): { first: number; last: number } | null {
  if (cue.kind !== 'verb' || !NAMING_VERBS.has(cue.lemma)) return null;
  const { lower, kind, cap } = doc.tokens;
  let k: number;
  if (PRONOUN_OBJECTS.has(lower[i])) {
    k = i + 1;
    if (kind[k] !== WORD || cap[k] === 1 || NOT_PREDICATE.has(lower[k]) || lower[k].endsWith('ly')) return null;
    // "calling them misleading", "called it a disgrace": an adjective or an indefinite noun phrase; not "called
    // him last night", "called it quits", "called them names".
    if (!INDEFINITE.has(lower[k]) && !ADJECTIVE_SHAPE.test(lower[k]) && !PREDICATE_ADJECTIVES.has(lower[k])) return null;
  } else if (OBJECT_DETERMINERS.has(lower[i])) {
    // The object: its determiner and up to three words, then an indefinite predicate ("an insult"); or one
    // noun and an adjective ("the prison unsafe").
    k = i + 1;
    while (k < i + 4 && kind[k] === WORD && cap[k] !== 1 && !INDEFINITE.has(lower[k])) k++;
    const adjective = k === i + 3 && ADJECTIVE_SHAPE.test(lower[i + 2]) && !lower[i + 2].endsWith('ly');
    if (adjective) k = i + 2;
    else if (!INDEFINITE.has(lower[k])) return null;
  } else return null;
  if (INDEFINITE.has(lower[k]) && (INDEFINITE_TIME_WORDS.has(lower[k + 1]) || INDEFINITE_TIME_WORDS.has(lower[k + 2]))) return null;
  const last = clauseEnd(doc, i, isCueAt);
  return last >= k ? { first: i, last } : null;
}
