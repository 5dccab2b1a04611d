/**
 * Where a content clause may start after its cue, and where no clause can follow it:
 *   said in a statement [the plant would close] (a short adjunct, then the clause) ·
 *   estimated by 2050, [demand would double] (a fronted adverbial inside the content) ·
 *   "reported on the strike", "responded with gunfire" (a preposition opens no clause) ·
 *   "The rally announcing the strike took place …" (a participle inside the subject: the rest is the main predicate).
 */
import type { Doc } from '../doc';
import { WORD } from '../text/tokenTable';
import { isClause } from './clause';
import { AUX, COMMON_VERBS, IRREGULAR_PAST } from './verbWords';
import { VERB_FORMS } from '../cues/lexicon';
import { DETERMINERS } from '../mentions/lexicon';

/** Words that open a clause's subject (or "that") right after a hearer. */
export const SUBJECT_STARTS: ReadonlySet<string> = new Set(['that', 'the', 'a', 'an', 'this', 'these', 'those', 'its', 'their', 'his', 'he', 'she', 'they', 'it', 'we', 'i', 'there']);
export const ADJUNCT_PREPOSITIONS: ReadonlySet<string> = new Set(['on', 'in', 'at', 'during', 'via', 'from', 'after', 'before', 'over', 'through']);
const CLAUSE_OPENER_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'you', 'it', 'there']);
export const CLAUSE_BLOCKING_PREPOSITIONS: ReadonlySet<string> = new Set(['on', 'with', 'of', 'about', 'at', 'for', 'from', 'by', 'into', 'over', 'against', 'through', 'in', 'after', 'before', 'during', 'under', 'upon', 'among', 'amid', 'across', 'without', 'toward', 'towards', 'via', 'per', 'within', 'beyond']);

/**
 * Prepositions that open a fronted adverbial of the content and never date or place the act of saying:
 * "said under the deal, the rebels would disarm", "said without more money the bridge would close".
 */
// Not "with": "responded with water cannon after the boat rammed the pier" names the act's means.
const CONTENT_PREPOSITIONS = new Set(['by', 'under', 'without', 'despite', 'amid', 'within', 'beyond', 'unlike']);
/** Words that cannot stand in the short noun phrase between such a preposition and its clause. */
const PHRASE_BREAKS = new Set(['after', 'before', 'when', 'as', 'because', 'since', 'while', 'if', 'until', 'and', 'but', 'or']);

/** Whether a comma closes a phrase of two words or more opening at token `i` (a fronted adverbial of the content). */
export function frontedAdverbial(doc: Doc, i: number): boolean {
  if (!ADJUNCT_PREPOSITIONS.has(doc.tokens.lower[i]) && !CONTENT_PREPOSITIONS.has(doc.tokens.lower[i])) return false;
  for (let k = i + 2; k <= i + 6 && doc.tokens.sent[k] === doc.tokens.sent[i]; k++) if (doc.tokens.lower[k] === ',') return true;
  return false;
}

/** The first token of a clause after a short adjunct phrase at `i` ("in a statement [the plant …]"), or -1. */
export function clauseAfterAdjunct(doc: Doc, i: number, b: number): number {
  const { lower, kind } = doc.tokens;
  if (!ADJUNCT_PREPOSITIONS.has(lower[i])) return -1;
  for (let k = i + 2; k <= i + 6 && k <= b; k++) {
    if (kind[k] !== WORD) return -1;
    if (SUBJECT_STARTS.has(lower[k]) && lower[k] !== 'that' && !SUBJECT_STARTS.has(lower[k - 1]) && isClause(doc, k, b)) return k;
  }
  return -1;
}

/** Whether a content-only preposition at `i` opens a short adverbial and then a clause, without a comma ("said without more money the bridge would close"). */
export function contentAdverbialThenClause(doc: Doc, i: number, b: number): boolean {
  const { lower, kind, digitFirst } = doc.tokens;
  // Not "answered by saying the department …": a preposition before a participle tells how the act was done.
  if (!CONTENT_PREPOSITIONS.has(lower[i]) || /ing$/.test(lower[i + 1] ?? '')) return false;
  for (let k = i + 2; k <= i + 5 && k <= b; k++) {
    if (kind[k] !== WORD || PHRASE_BREAKS.has(lower[k - 1])) return false;
    if ((SUBJECT_STARTS.has(lower[k]) || digitFirst[k] === 1) && lower[k] !== 'that' && !SUBJECT_STARTS.has(lower[k - 1]) && isClause(doc, k, b)) return true;
  }
  return false;
}

/**
 * "The press conference announcing the boycott took place at …": a participle right after the sentence's
 * opening noun phrase (no verb before it) modifies the subject; what follows is the main predicate.
 */
export function inSubject(doc: Doc, cueFirst: number, sentenceFirst: number): boolean {
  const { lower, kind, cap } = doc.tokens;
  if (cueFirst - sentenceFirst < 2 || cueFirst - sentenceFirst > 6 || !(DETERMINERS.has(lower[sentenceFirst]) || cap[sentenceFirst] === 1)) return false;
  for (let k = sentenceFirst; k < cueFirst; k++) {
    const word = lower[k];
    const form = VERB_FORMS.get(word)?.inflection;
    if (kind[k] !== WORD || AUX.has(word) || COMMON_VERBS.has(word) || form === 'past' || form === 's' || word.endsWith('ed') || word.endsWith('ing') || CLAUSE_OPENER_PRONOUNS.has(word)) return false;
  }
  return true;
}


/**
 * "difficulties that required more work", "a statement that urged a return to talks": a "that" straight before
 * a finite verb is a relative pronoun (the verb's subject), never the start of a content clause.
 */
export function relativeThat(doc: Doc, k: number): boolean {
  const { lower, cap, kind } = doc.tokens;
  const next = lower[k + 1] ?? '';
  if (lower[k] !== 'that' || kind[k + 1] !== WORD || cap[k + 1] === 1) return false;
  // "said Wednesday that given the governor's popularity, he …": "given" before a noun phrase opens a fronted adverbial.
  if (next === 'given' && !/^(?:to|by|up|in|out|away|back)$/.test(lower[k + 2] ?? '')) return false;
  const form = VERB_FORMS.get(next)?.inflection;
  return (AUX.has(next) && next !== 'be' && next !== 'been') || COMMON_VERBS.has(next) || IRREGULAR_PAST.has(next) || form === 'past' || form === 's' || /^[a-z]{3,}ed$/.test(next);
}

/** Words after "about", "over", "under", "around" that make it an approximator of a figure, not a preposition. */
const COUNT_WORDS = new Set(['a', 'half', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'dozen', 'dozens', 'hundreds', 'thousands', 'millions']);
// Only the approximators that look like prepositions (not shareWords.ts's FIGURE_APPROXIMATORS: "nearly" opens no adjunct).
const APPROXIMATORS = new Set(['about', 'over', 'under', 'around']);

/**
 * "said at least 12 people were killed", "said about 200 homes were flooded", "said over half the staff had
 * left": the content opens with a figure's approximator, which looks like a preposition but opens a subject.
 */
export function opensWithFigure(doc: Doc, i: number): boolean {
  const { lower, digitFirst } = doc.tokens;
  if (lower[i] === 'at') return lower[i + 1] === 'least' || lower[i + 1] === 'most';
  return APPROXIMATORS.has(lower[i]) && (digitFirst[i + 1] === 1 || COUNT_WORDS.has(lower[i + 1]));
}
