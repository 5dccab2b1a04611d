/**
 * A cue word used as a noun, not as a verb:
 *   after a preposition, a base or -s form ("alongside calls for 'tough-love' tactics", "Amid claims that …");
 *   a participle there stays a verb ("After saying he would resign, …");
 *   after "a"/"the" and a name, right before a finite verb ("A Reuters report said …", "An Internet posting said");
 *   a base form before a noun and a finite verb ("…, state television reported"), unless a plural subject
 *   stands before it ("Analysts say prices will fall");
 *   a base form after a determiner and a capitalised adjective ("members of the Turkish state bureaucracy":
 *   a singular subject would take "states"), or after "a"/"an" and any one word ("a Chinese promise Lai
 *   would be spared", "a police report released on Tuesday").
 */
import type { Doc } from '../doc';
import { DETERMINERS as NP_DETERMINERS, isStopWord, ROLES, TITLES } from '../mentions/lexicon';
import { WORD } from '../text/tokenTable';
import { PAST_AS_BASE, VERB_FORMS } from './lexicon';
import { isObjectOfVerb } from './nounAfterVerb';
import { hasPluralEnding } from '../text/pluralSpelling';
import { COMMON_VERBS, FINITE_AUXILIARIES } from '../statements/verbWords';
import data from '../data/cues.json';
import { isCompoundPlural } from './compoundPlural';

const MODIFIER_NOUNS: ReadonlySet<string> = new Set(data.modifierNouns);
/** Words after a verb that are no noun it could modify: "state that …", "state the aircraft was …". */
const NOT_NOUNS = new Set(['that', 'what', 'whether', 'how', 'why', 'when', 'where', 'which', 'who', 'no', 'any', 'such', 'there', 'again', 'also']);

/** Subjects a base-form verb agrees with that do not end in a plural -s ("they say", "police say"). */
const PLURAL_SUBJECT_WORDS = new Set(['we', 'they', 'you', 'i', 'who', 'others', 'many', 'some', 'people', 'police']);

const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'its', 'their', 'his', 'her', 'our']);
/** Prepositions not in the verb check's own list (verbCue.ts: "of", "for", "with" …); not "to" ("want to say"). */
const PREPOSITIONS = new Set(['alongside', 'amid', 'amidst', 'despite', 'after', 'over', 'against', 'among', 'following', 'without', 'under', 'behind', 'beyond']);
const ARTICLE = /^(?:a|an|the)$/;
const ADVERBS_BEFORE_VERB = new Set(['also', 'now', 'later', 'then', 'still', 'further', 'previously', 'earlier', 'again']);

/** Whether token `i` could be the finite verb of a clause ("reported", "says", "was"). */
function finiteVerb(doc: Doc, i: number): boolean {
  const word = doc.tokens.lower[i] ?? '';
  const form = VERB_FORMS.get(word);
  if (form) return form.inflection === 'past' || form.inflection === 's';
  return /^(?:is|are|was|were|has|have|had|will|would)$/.test(word);
}

/** Whether capitalised words after "a", "an" or "the" stand right before token `i` ("A Reuters" report). */
function afterArticleAndName(doc: Doc, i: number): boolean {
  const { lower, cap, sent } = doc.tokens;
  let k = i - 1;
  while (k >= 0 && k > i - 5 && cap[k] === 1 && sent[k] === sent[i] && !ARTICLE.test(lower[k])) k--;
  return k < i - 1 && k >= 0 && ARTICLE.test(lower[k]);
}

const QUANTIFIERS = new Set(['several', 'many', 'some', 'other', 'all', 'both', 'few', 'two', 'three', 'four', 'five', 'most', 'various', 'numerous']);

/** The token before capitalised words that end just before token `i` (at least one), or -1. */
function firstBeforeNames(doc: Doc, i: number): number {
  const { cap, sent } = doc.tokens;
  let k = i - 1;
  while (k >= 0 && k > i - 5 && cap[k] === 1 && sent[k] === sent[i]) k--;
  return k < i - 1 && k >= 0 && sent[k] === sent[i] ? k : -1;
}

/** Words that follow a plural noun opening a sentence ("Reports on …", "Claims that …", "States across …"). */
const NOUN_FOLLOWERS = new Set(['on', 'of', 'in', 'from', 'that', 'about', 'by', 'for', 'with', 'at', 'across', 'over', 'into', 'against', 'to', 'have', 'had', 'were', 'are', 'will', 'would', 'may', 'could']);

/** Nouns of a group that take a plural verb after "a" ("a large majority say", "a small group claim"). */
const COLLECTIVES = new Set(['majority', 'minority', 'number', 'few', 'couple', 'handful', 'group', 'third', 'quarter', 'half', 'lot', 'host', 'range', 'variety', 'series', 'panel', 'team', 'family', 'crowd']);
const MAX_MODIFIERS = 3;
/** "was a volunteer and claim …": a coordinated verb, not a modifier, follows a conjunction. */
const CONJUNCTIONS = new Set(['and', 'or', 'but', 'nor', 'then']);

/**
 * "an independent socialist Kurdish state in a territory …": after "a"/"an" and up to three modifiers (no
 * function word, no verb form), a base form is a noun: the singular phrase could only take "states". Not after a
 * plural or a group noun ("a few analysts say", "a small group claim").
 */
function afterIndefiniteModifiers(doc: Doc, i: number): boolean {
  const { lower, kind, sent } = doc.tokens;
  const prev = lower[i - 1] ?? '';
  // "a club statement read": a past spelt like its base form ("read", "put") has a singular subject.
  if (hasPluralEnding(prev) || COLLECTIVES.has(prev) || PAST_AS_BASE.has(lower[i])) return false;
  for (let k = i - 1; k >= 0 && k >= i - MAX_MODIFIERS - 1 && sent[k] === sent[i] && kind[k] === WORD; k--) {
    if (lower[k] === 'a' || lower[k] === 'an') return k < i - 2;
    if (isStopWord(lower[k]) || VERB_FORMS.has(lower[k]) || CONJUNCTIONS.has(lower[k])) return false;
  }
  return false;
}

/** Prepositions after a participle modifying a noun ("a report filed on …", "a claim made by …"). */
const PARTICIPLE_PREPOSITIONS = new Set(['on', 'in', 'by', 'at', 'from', 'with', 'last', 'earlier', 'during']);

/** Whether "via" stands at most three lowercase words before token `i` ("via separate tweets"). */
function afterVia(doc: Doc, i: number): boolean {
  const { lower, kind, cap, sent } = doc.tokens;
  for (let k = i - 1; k >= 0 && k >= i - 3 && sent[k] === sent[i] && kind[k] === WORD; k--) {
    if (lower[k] === 'via') return true;
    if (cap[k] === 1 || VERB_FORMS.has(lower[k])) return false;
  }
  return false;
}

export function isNounUse(doc: Doc, i: number): boolean {
  const { lower, kind, cap, sent } = doc.tokens;
  const inflection = VERB_FORMS.get(lower[i])?.inflection;
  const prev = i - 1;
  const next = i + 1;
  const inSentence = (k: number) => k >= 0 && sent[k] === sent[i];
  // "member states saw …": the plural a modifying noun names (compoundPlural.ts).
  if (isCompoundPlural(doc, i)) return true;
  if ((inflection === 'base' || inflection === 's') && inSentence(prev) && PREPOSITIONS.has(lower[prev])) return true;
  // "responded, via separate tweets, …": "via" takes only a noun phrase, so a verb form among its next words is
  // its noun (not "in town says": other prepositions may end a subject before its verb).
  if ((inflection === 'base' || inflection === 's') && afterVia(doc, i)) return true;
  // "The inquiry heard claims that …": the plural object of a common verb (nounAfterVerb.ts).
  if (inflection === 's' && isObjectOfVerb(doc, i)) return true;
  // "Reports on the weapon vary …", "Claims that the water was poisoned were rejected": an -s form opening its
  // sentence has no subject before it, so it is a plural noun, when a preposition, "that" or a verb follows
  // (not an inverted source: "Says one worker, "…"", "Adds the mayor: …").
  if (inflection === 's' && (i === 0 || sent[i - 1] !== sent[i]) && inSentence(next) && (NOUN_FOLLOWERS.has(lower[next]) || VERB_FORMS.has(lower[next]))) return true;
  // "one of several U.S. states that …", "the New Jersey state government": a quantifier or determiner, then
  // names modifying the word, make it a noun ("several reports" never opens a clause with "states").
  const beforeNames = firstBeforeNames(doc, i);
  // "22 Clinton emails": a numeral counts them as well.
  const counted = QUANTIFIERS.has(lower[beforeNames] ?? '') || /^\d[\d,]*$/.test(lower[beforeNames] ?? '');
  if ((inflection === 's' && counted) || (inflection === 'base' && DETERMINERS.has(lower[beforeNames] ?? '') && kind[next] === WORD && cap[next] !== 1 && !isStopWord(lower[next]))) return true;
  // "critics charge is …" keeps its verb: the subject must be a name after an article.
  // "The Al-Jazeera report also quotes …": an adverb may stand between the noun and its verb.
  const verbAfter = ADVERBS_BEFORE_VERB.has(lower[next] ?? '') && inSentence(next + 1) ? next + 1 : next;
  if ((inflection === 'base' || inflection === 'ing') && inSentence(verbAfter) && finiteVerb(doc, verbAfter) && afterArticleAndName(doc, i)) return true;
  if (inflection !== 'base') return false;
  // "the South Carolina state director", "local and state party officials", "…, state records show": a base form
  // of cues.json modifierNouns before a common noun modifies it (the verb takes "that", a determiner or a pronoun).
  if (MODIFIER_NOUNS.has(VERB_FORMS.get(lower[i])!.lemma) && inSentence(next) && kind[next] === WORD && cap[next] !== 1 && !isStopWord(lower[next]) && !NP_DETERMINERS.has(lower[next]) && !NOT_NOUNS.has(lower[next])) return true;
  // "members of Congress or state GOP officials", "state Democratic leaders said": a name, then a common noun
  // that is no verb, is one noun phrase the base form modifies ("The rules state Congress must approve …",
  // "Records state Smith received …" keep the verb: an auxiliary or a verb follows the name).
  if (MODIFIER_NOUNS.has(VERB_FORMS.get(lower[i])!.lemma) && inSentence(next + 1) && kind[next] === WORD && cap[next] === 1 && kind[next + 1] === WORD && cap[next + 1] !== 1 && !isStopWord(lower[next + 1]) && !NP_DETERMINERS.has(lower[next + 1]) && !finiteVerb(doc, next + 1) && !/ed$/.test(lower[next + 1]) && !COMMON_VERBS.has(lower[next + 1])) return true;
  // "White House press secretary Josh Earnest argued …": before a singular title and a name, a base form is the
  // title's first word.
  if (inSentence(next + 1) && kind[next] === WORD && cap[next] !== 1 && (TITLES.has(lower[next]) || ROLES.has(lower[next])) && cap[next + 1] === 1 && kind[next + 1] === WORD) return true;
  // "a police report released on …", "an asylum claim": after "a"/"an" and one word, a base form is a noun.
  if (prev >= 1 && inSentence(prev - 1) && kind[prev] === WORD && (lower[prev - 1] === 'a' || lower[prev - 1] === 'an')) return true;
  if (afterIndefiniteModifiers(doc, i)) return true;
  // "a classified Pentagon report filed on 27 May": a base form followed by a participle and its preposition is the
  // noun the participle modifies (a verb would take an object or a clause, not "filed on").
  if (inSentence(next + 1) && PARTICIPLE_PREPOSITIONS.has(lower[next + 1]) && kind[next] === WORD && (lower[next].endsWith('ed') || VERB_FORMS.get(lower[next])?.inflection === 'past')) return true;
  const nounNext = kind[next] === WORD && inSentence(next) && cap[next] !== 1 && !isStopWord(lower[next]);
  // After a plural subject the base form is the verb and the noun opens its clause when an auxiliary follows
  // the noun ("Farmers say prices will fall", "They claim costs have doubled"); before a reporting verb the
  // base form is still a noun modifier ("Hours after the explosions state media reported …").
  const clauseAfter = FINITE_AUXILIARIES.has(lower[next + 1] ?? '') && inSentence(prev) && kind[prev] === WORD && (hasPluralEnding(lower[prev]) || PLURAL_SUBJECT_WORDS.has(lower[prev]));
  if (nounNext && finiteVerb(doc, next + 1) && !clauseAfter) return true;
  // "estimates for the Moscow protest vary from …": a plural verb after it makes the base form its subject noun.
  const verbNext = kind[next] === WORD && inSentence(next) && cap[next] !== 1 && VERB_FORMS.get(lower[next])?.inflection === 'base';
  return prev >= 1 && inSentence(prev) && cap[prev] === 1 && !lower[prev].endsWith('s') && DETERMINERS.has(lower[prev - 1]) && (nounNext || verbNext);
}
