/**
 * A present verb after a plural subject has no ending to show it is a verb: "Critics say the rebels control the
 * city", "The report claims the government and the city discriminate against Arab residents". A common verb list
 * (verbWords.ts) covers "need", "want"; any other base form counts when it follows a plural noun (or a subject
 * coordinated with "and") and is followed by its object: a determiner, an object pronoun, or "against".
 * Not a noun-noun pair: "announced sales growth in Asia" ("in" opens no object), "job cuts this week" ("this" is
 * no base form), and never a name or a word with an ending ("-s", "-ed", "-ing", "-ly").
 */
import type { Doc } from '../doc';
import { WORD } from '../text/tokenTable';
import { hasPluralEnding } from '../text/pluralSpelling';
import { DETERMINERS, isStopWord, OBJECT_PRONOUNS } from '../mentions/lexicon';
import { COORDINATORS, PREPOSITIONS, RELATIVE, SUBORDINATORS } from './clauseShapes';

/** Words that are no verb though no stop word either: "classes for the evening", "weeks ago", "officials last week". */
const NON_VERBS = new Set([...PREPOSITIONS, ...COORDINATORS, ...RELATIVE, ...SUBORDINATORS, 'and', 'or', 'but', 'nor', 'that', 'for', 'from', 'into', 'onto', 'upon', 'over', 'under', 'above', 'below', 'along', 'across', 'around', 'near', 'behind', 'beyond', 'within', 'without', 'toward', 'towards', 'through', 'throughout', 'inside', 'outside', 'amid', 'among', 'per', 'via', 'than', 'ago', 'ahead', 'next', 'each', 'last', 'past', 'worth', 'almost', 'never', 'yet', 'all', 'both', 'such', 'only', 'even', 'just', 'still', 'then', 'there', 'here', 'now', 'soon', 'later', 'late', 'early', 'alone', 'together', 'again', 'instead', 'once', 'too', 'very', 'not']);
const OBJECT_OPENERS = new Set([...DETERMINERS, ...OBJECT_PRONOUNS, 'against']);
/** How far before the verb an "and" joining two subjects may stand: "the government and the city discriminate". */
const COORDINATED_REACH = 4;

function baseForm(doc: Doc, k: number): boolean {
  const { lower, kind, cap } = doc.tokens;
  const w = lower[k] ?? '';
  return kind[k] === WORD && cap[k] !== 1 && /^[a-z]{3,}$/.test(w) && !/(?:s|ed|ing|ly)$/.test(w) && !isStopWord(w) && !DETERMINERS.has(w) && !NON_VERBS.has(w);
}

/** Whether token `k` (after content start `from`) is a bare present verb of a plural or coordinated subject. */
export function pluralPresentAt(doc: Doc, from: number, k: number): boolean {
  const { lower, kind, cap } = doc.tokens;
  if (k <= from || !OBJECT_OPENERS.has(lower[k + 1] ?? '') || !baseForm(doc, k)) return false;
  const prev = lower[k - 1];
  if (kind[k - 1] !== WORD) return false;
  if (hasPluralEnding(prev) && prev.length > 3 && !isStopWord(prev) && cap[k - 1] !== 1) return true;
  for (let j = k - 2; j >= from && j >= k - COORDINATED_REACH; j--) {
    if (kind[j] !== WORD) return false;
    if (lower[j] === 'and') return j > from;
  }
  return false;
}

/** Words a subject may hold before its plural head: "the company's managers", "rising prices", "wild boars". */
const MAX_SUBJECT = 5;

/**
 * After a verb of saying (sayClause.ts prefersClause), a plural subject and a bare present verb make a clause
 * whatever follows the verb: "Teachers say pupils struggle with the syllabus", "Scientists say warmer seas fuel
 * stronger storms", "The agency said refugees arrive daily". A verb of saying seldom takes a plural noun object
 * ("said prayers for the victims" has a preposition, no verb, after its plural).
 */
export function pluralSubjectVerb(doc: Doc, from: number, to: number): boolean {
  const { lower, kind, cap } = doc.tokens;
  for (let k = from + 1; k <= from + MAX_SUBJECT && k < to; k++) {
    const prev = lower[k - 1];
    if (kind[k - 1] !== WORD || NON_VERBS.has(prev) || (cap[k - 1] === 1 && k - 1 > from)) return false;
    if (hasPluralEnding(prev) && prev.length > 3 && !isStopWord(prev) && baseForm(doc, k) && kind[k + 1] === WORD) return true;
  }
  return false;
}
