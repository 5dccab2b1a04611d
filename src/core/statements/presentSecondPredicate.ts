/**
 * A content clause in the present ("is", "has", "does") cannot go on with the reporter's past narrative:
 * "Smith said the real culprit is the council, and he railed against the moderators …" · "insists the plan has
 * support, but conceded that …". After ", and" or ", but", an optional subject pronoun and a simple past
 * ("railed", "conceded", "took") open a new predicate of the cue's subject, which ends the content (as a modal
 * content does before a tensed verb: modalSecondPredicate.ts). "said the plant is closed and workers were sent
 * home" has no comma and a subject of its own, and stays whole.
 */
import type { Doc } from '../doc';
import { WORD } from '../text/tokenTable';
import { AUX, COMMON_PAST, COMMON_VERBS, IRREGULAR_PAST } from './verbWords';
import { pastPredicateAt } from './secondPredicate';
import { POSSESSIVE_MARK } from '../mentions/lexicon';

/** Present forms of the auxiliaries: the content's first verb, when one of these. */
const PRESENT = new Set(['is', 'are', 'has', 'have', 'does', 'do']);
/** Common verbs past as well as present ("put", "cost"), or past forms the past lists lack ("fell", "meant"). */
const PAST_OR_BOTH = new Set(['put', 'cost', 'fell', 'rose', 'lost', 'brought', 'began', 'grew', 'meant']);
/** The present forms of the common verbs ("come", "needs"; not "came", "needed", nor "put" and "cost", past as well). */
const PRESENT_VERBS = new Set([...COMMON_VERBS].filter((w) => !w.endsWith('ed') && !IRREGULAR_PAST.has(w) && !COMMON_PAST.has(w) && !PAST_OR_BOTH.has(w)));
/** Pronouns that may repeat the cue's subject before the past verb (", and he railed"). */
const PRONOUNS = new Set(['he', 'she', 'they', 'we']);
/** Words from the content's start to its first verb: a short subject. */
const MAX_SUBJECT = 8;

/** The last token before a past predicate after a present content within [from, last], or `last`. */
export function endBeforePastPredicate(doc: Doc, from: number, last: number): number {
  const { lower, kind } = doc.tokens;
  let verb = -1;
  for (let k = from; k <= last && k < from + MAX_SUBJECT; k++) {
    if (kind[k] !== WORD && !POSSESSIVE_MARK.test(lower[k])) return last;
    if (AUX.has(lower[k])) { verb = PRESENT.has(lower[k]) ? k : -1; break; }
    // "suggested the attacks against her come from fear, but appeared to …": a present lexical verb after a
    // subject of at least one word is the content's verb as well.
    // "that the country threatened to reduce aid": a verb after "to" is an infinitive; the clause's own verb came before.
    if (lower[k] === 'to') return last;
    if (k > from && PRESENT_VERBS.has(lower[k])) { verb = k; break; }
  }
  if (verb < 0) return last;
  for (let k = verb + 2; k < last; k++) {
    if ((lower[k] !== 'and' && lower[k] !== 'but') || lower[k - 1] !== ',') continue;
    // After a pronoun, any past form is its verb ("and he railed against …").
    const pronoun = PRONOUNS.has(lower[k + 1]);
    if (pronoun ? pastAfterPronoun(lower[k + 2] ?? '') : pastPredicateAt(doc, k + 1)) return k - 2;
  }
  return last;
}

/** Whether `word`, after a subject pronoun, is a past verb: an -ed form, an irregular past, "was", "had", "did". */
function pastAfterPronoun(word: string): boolean {
  return /^[a-z]{3,}ed$/.test(word) || IRREGULAR_PAST.has(word) || /^(?:was|were|had|did)$/.test(word);
}
