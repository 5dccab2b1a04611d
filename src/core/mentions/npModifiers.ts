/**
 * Words inside a source noun phrase that the phrase walks (np.ts) would otherwise take for its end: a verb
 * form after a possessive, lowercase modifiers between a title word or a possessive and the role noun.
 */
import type { Doc } from '../doc';
import { WORD } from '../text/tokenTable';
import { isStopWord, isVerbFormOnly } from './lexicon';
import { DOCUMENT_NOUNS, EXPRESSION_NOUNS } from './documentNouns';
import { DETERMINER, JOINER, LOWER_OK, POSSESSIVE, ROLE_WORD, TITLE, type Walk } from './npClasses';

/**
 * "Jordan's state news agency", "the party's press office": between a possessive and its noun a verb form
 * is a modifier, not a verb.
 */
export function modifierAfterPossessive(doc: Doc, t: number): boolean {
  const { lower, cap } = doc.tokens;
  if (cap[t] === 1 || !isVerbFormOnly(lower[t])) return false;
  const mark = (k: number) => lower[k] === "'s" || lower[k] === '’s';
  return mark(t - 1) || (mark(t - 2) && cap[t - 1] !== 1 && !isStopWord(lower[t - 1]));
}

/**
 * "said counsel for the accused Peter Okafor": a past form of a verb between "the" and a capitalised name is
 * a modifier ("the accused", "the injured"), not the verb that ends the phrase.
 */
export function participleBeforeName(doc: Doc, t: number): boolean {
  const { lower, cap, kind, sent } = doc.tokens;
  return cap[t] !== 1 && lower[t].endsWith('ed') && isVerbFormOnly(lower[t]) && lower[t - 1] === 'the' && cap[t + 1] === 1 && kind[t + 1] === WORD && sent[t + 1] === sent[t];
}

/** Determiners that open a phrase before a number-like word ("the other adviser", "her two sisters"). */
const DEFINITE = new Set(['the', 'these', 'those', 'his', 'her', 'its', 'their', 'our', 'my', 'your']);
const COUNTED = new Set(['other', 'two', 'three', 'four', 'five', 'many', 'few', 'several', 'various', 'numerous']);

/**
 * "Maria Chen, the other former adviser, stated": a counting determiner after a definite one is a modifier
 * inside the phrase, which runs on to "the" (not "other former adviser", a person of its own).
 */
export function countedAfterDefinite(doc: Doc, t: number): boolean {
  const { lower, sent } = doc.tokens;
  return COUNTED.has(lower[t]) && t > 0 && sent[t - 1] === sent[t] && DEFINITE.has(lower[t - 1]);
}

/**
 * "Lina Marsh's remarks calling the drought …": a word for what was said right after a possessive is its
 * noun, the end of the phrase, though "remarks" is also a verb form.
 */
export function speechNounAfterPossessive(doc: Doc, t: number): boolean {
  const { lower } = doc.tokens;
  return (lower[t - 1] === "'s" || lower[t - 1] === '’s') && (EXPRESSION_NOUNS.has(lower[t]) || DOCUMENT_NOUNS.has(lower[t]));
}

/**
 * "a senior parliamentary official", "the former state governor": after a lowercase title word used as an
 * adjective, modifiers (words `inPhrase` accepts) lead to the role noun that heads the phrase.
 */
export function roleAfterTitleWord(w: Walk, i: number, inPhrase: (k: number) => boolean, afterPossessive = false): boolean {
  const { cap, kind } = w.tokens;
  if (!afterPossessive && (cap[i - 1] === 1 || !w.is(i - 1, TITLE) || w.is(i - 1, ROLE_WORD))) return false;
  for (let k = i; k < i + 3 && kind[k] === WORD && cap[k] !== 1 && inPhrase(k) && !w.is(k, JOINER | DETERMINER); k++) {
    if (w.is(k, ROLE_WORD)) return true;
  }
  return false;
}

/**
 * "The U.S. military's intelligence chief in Afghanistan has criticized …", "the agency's interim public
 * health deputy director": after a possessive the phrase runs on over up to four modifiers to the possessed
 * noun, a role that heads it (not "The U.S. military" alone). The role noun's index, else -1.
 */
export function possessedNounAhead(w: Walk, i: number, inPhrase: (k: number) => boolean): number {
  return w.is(i - 1, POSSESSIVE) ? roleNounAhead(w, i, inPhrase, 5) : -1;
}

/**
 * "said the Portuguese health minister, Ana Jorge", "said the Dutch finance ministry": a capitalised
 * adjective after a determiner (or after a determiner and one lowercase adjective: "the presumptive
 * Republican presidential nominee") only modifies the role noun a few lowercase words on;
 * the phrase runs on to that noun, so the adjective is never taken for the source's name. The noun's index, else -1.
 */
export function roleAfterCapitalModifier(w: Walk, i: number, inPhrase: (k: number) => boolean): number {
  const { cap, kind } = w.tokens;
  if (cap[i - 1] !== 1 || kind[i - 1] !== WORD) return -1;
  // "the presumptive Republican presidential nominee": one lowercase adjective may stand before the capital one.
  const adjective = kind[i - 2] === WORD && cap[i - 2] !== 1 && inPhrase(i - 2) && !w.is(i - 2, JOINER | DETERMINER) && w.is(i - 3, DETERMINER);
  if (!w.is(i - 2, DETERMINER) && !adjective) return -1;
  return roleNounAhead(w, i, inPhrase, 3);
}

/**
 * The last role noun among the lowercase modifiers (words `inPhrase` accepts) from `i`, within `reach` words
 * ("acting chief medical officer": "officer", past "chief"); else -1.
 */
function roleNounAhead(w: Walk, i: number, inPhrase: (k: number) => boolean, reach: number): number {
  const { cap, kind } = w.tokens;
  let role = -1;
  for (let k = i; k < i + reach && kind[k] === WORD && cap[k] !== 1 && inPhrase(k) && !w.is(k, JOINER | DETERMINER); k++) {
    if (w.is(k, ROLE_WORD)) role = k;
  }
  return role;
}

const ARTICLES = new Set(['the', 'a', 'an']);

/**
 * "The state governor", "the report author", "the state news agency": right after an article and before a noun,
 * a verb form ("state", "report") is a noun modifying it, never a verb. As the head ("the request of …") it is
 * left out: the word before "of" may still be a verb's object.
 */
export function verbFormModifyingNoun(w: Walk, i: number): boolean {
  const { lower, kind, sent, cap } = w.tokens;
  // (Asked on every token of a phrase: the verb-form test, which few words pass, comes first.)
  if (!isVerbFormOnly(lower[i]) || /(?:ed|ing)$/.test(lower[i]) || sent[i - 1] !== sent[i]) return false;
  // "Chinese state media", "Iranian state TV": after a nationality adjective too.
  const adjective = cap[i - 1] === 1 && kind[i - 1] === WORD && NATIONALITY_ADJECTIVE.test(lower[i - 1]);
  if (!(ARTICLES.has(lower[i - 1]) || adjective)) return false;
  const next = i + 1;
  if (adjective && lower[next] === 'tv' && sent[next] === sent[i]) return true;
  return kind[next] === WORD && sent[next] === sent[i] && w.is(next, LOWER_OK) && !w.is(next, JOINER | DETERMINER) && !isVerbFormOnly(lower[next]);
}

/** Endings of nationality adjectives ("Chinese", "Iranian", "Turkish", "Israeli"). */
const NATIONALITY_ADJECTIVE = /(?:ese|ian|an|ish|i|ic)$/;

/**
 * "State media reported …", "State television said …": a verb form opening the sentence before a lowercase
 * noun modifies that noun, as it does after an article ("the state media").
 */
export function verbFormOpeningSentence(w: Walk, i: number): boolean {
  const { lower, kind, sent, cap } = w.tokens;
  if ((i > 0 && sent[i - 1] === sent[i]) || !isVerbFormOnly(lower[i]) || /(?:ed|ing)$/.test(lower[i])) return false;
  const next = i + 1;
  return kind[next] === WORD && sent[next] === sent[i] && cap[next] !== 1 && w.is(next, LOWER_OK) && !w.is(next, JOINER | DETERMINER) && !isVerbFormOnly(lower[next]);
}
