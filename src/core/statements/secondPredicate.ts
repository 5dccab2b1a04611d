/**
 * "Walker admitted the charges and has since been banned from driving": after a noun object, "and"/"but"
 * with an auxiliary opens a second predicate of the subject, which the source did not say. So does a verb
 * in the past: "The pilot reported engine trouble and lost control", "denied the claims and took legal
 * action", "announced the layoffs and closed two plants" (see pastPredicateAt). Callers keep a content
 * clause whole ("said the engine lost power and stopped"): only a noun object is cut.
 */
import type { Doc } from '../doc';
import { WORD } from '../text/tokenTable';
import { DETERMINERS, OBJECT_PRONOUNS } from '../mentions/lexicon';
import { COMMON_PAST, IRREGULAR_PAST } from './verbWords';

const PREDICATE_OPENERS = new Set(['has', 'have', 'had', 'is', 'was', 'were', 'are', 'will', 'would', 'did', 'does', 'could', 'can', 'should', 'may', 'might']);
/** Past forms spelled like their base or a noun ("cut", "hit", "spread"): "and cut power" may be a noun phrase. */
const AMBIGUOUS_PAST = new Set(['hit', 'cut', 'spread', 'hurt', 'quit', 'shut', 'beat', 'lay', 'bore', 'found', 'lit', 'led']);
/** Quantity words after a past form: "reported two deaths and injured dozens" may coordinate two noun phrases. */
const QUANTITY_NOUNS = new Set(['dozens', 'hundreds', 'thousands', 'numerous', 'various', 'other', 'most', 'few']);
/** What may follow a past verb opening a predicate: an object (not a quantity word), "to", a particle or a preposition. */
const AFTER_PAST = new Set([...[...DETERMINERS].filter((w) => !QUANTITY_NOUNS.has(w)), ...OBJECT_PRONOUNS, 'to', 'off', 'up', 'down', 'out', 'back', 'on', 'for', 'with', 'into']);

/**
 * Whether token `k` is a simple past verb opening a predicate: an irregular past that is not a participle
 * ("lost", "fought", and "took", "left"; not "broken", "given"), or a word in -ed before an object, "to" or a particle
 * ("closed two plants", "called on", "turned back"): "denied bribery and related charges" keeps its noun.
 */
export function pastPredicateAt(doc: Doc, k: number): boolean {
  const { lower, kind, cap } = doc.tokens;
  const word = lower[k] ?? '';
  if (kind[k] !== WORD || cap[k] === 1 || kind[k + 1] !== WORD) return false;
  if (COMMON_PAST.has(word)) return true;
  if (IRREGULAR_PAST.has(word)) return !AMBIGUOUS_PAST.has(word) && !/[^e]n$/.test(word) && !word.endsWith('en');
  return /^[a-z]{3,}ed$/.test(word) && AFTER_PAST.has(lower[k + 1]);
}

/** The last token before a second predicate within [from, last], or `last` when there is none. */
export function endBeforeSecondPredicate(doc: Doc, from: number, last: number): number {
  const lower = doc.tokens.lower;
  for (let k = from + 1; k < last; k++) {
    if (lower[k] !== 'and' && lower[k] !== 'but') continue;
    if (PREDICATE_OPENERS.has(lower[k + 1]) || pastPredicateAt(doc, k + 1)) return k - 1;
  }
  return last;
}
