/**
 * Whether a verb form of the lexicon is used as a cue where it stands: not as a noun ("a blog post", "the
 * report"), not in the passive ("was reported"), not negated ("never said"), not as a participle modifying
 * a noun ("a message posted by users").
 */
import type { Doc } from '../doc';
import { PARTICLES, PAST_AS_BASE, VERB_FORMS, particleReach } from './lexicon';
import { WORD, PUNCT, QUOTE } from '../text/tokenTable';
import { hasPluralEnding } from '../text/pluralSpelling';
import { isLeadingCompound } from './leadingCompound';
import { capitalisedByHeadline } from './titleCaseHeadline';
import { beforeAdverbs, isNegated } from './negation';
import { afterModal } from './modal';
import { QUESTION_ONLY, questionFollows } from './questionOnly';
import { isPartOfPredicateNoun, isReducedRelative } from './nounModifyingPast';
import { sayingAdjectiveAt } from './adjectiveInfinitive';
import { PASSIVE_AUXILIARIES, quotedAsStart } from './passive';
import { isParticiple, quotedAsSaying } from './participles';
import { isReportedState } from './reportedState';
import { endsRelativeSubject, namesAfterCommaNoun } from './namingRelative';
import { clauseWithoutThat } from './omittedThat';
import { collectiveBeforeClause } from './collectiveSubject';
import { sourceInRelative } from './relativeSource';
import { someAsSubject } from './someSubject';
import { endsCoordinatedSubject } from './coordinatedSubject';
import { pluralSubjectBefore } from './pluralBeforeBase';
import { tookToPlatform } from './platform';
import { endsPostposedClause } from './postposedClause';
import { afterMannerAdverbs, afterPluralHere, pastAfterQuote, reportsAfterBy } from './verbContext';
import { ASPECTUAL_BEFORE_TO } from '../statements/verbWords';
import { goesSoFarAs } from './soFarAs';

const NOUN_BEFORE = new Set(['a', 'an', 'the', 'this', 'that', 'these', 'those', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'some', 'any', 'no', 'every', 'each', "'s", '’s', 'of', 'in', 'on', 'for', 'with', 'by', 'from', 'at', 'as', 'into', 'about', 'per', 'whose', 'such']);
/**
 * Adjectives that make a following base or -ing form a noun ("an official report", "a written warning"); a
 * past form after them is a verb whose subject they head ("A senior official said …").
 */
const ADJECTIVE_BEFORE = new Set(['new', 'first', 'latest', 'official', 'written', 'public']);
const QUANTIFIERS = new Set(['many', 'several', 'few', 'numerous', 'multiple', 'various', 'two', 'three', 'four', 'five', 'more', 'most', 'all', 'both', 'other', 'repeated', 'conflicting', 'unconfirmed']);
/** Words after which a base form is a verb: plural pronouns, auxiliaries and modals ("they say", "will say"). */
const BASE_SUBJECTS = new Set(['i', 'we', 'you', 'they', 'who', 'to', 'and', 'or', 'but', 'will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', 'do', 'did', 'does', "don't", "didn't", "doesn't", 'people', 'men', 'women', 'police', 'media', 'children']);
/** Verb forms that are never a noun or its modifier after a possessive "'s" ("the group's stated aim" is). */
const SAID_AFTER_NAME = new Set(['said', 'says', 'told', 'tells']);
const BASE_NOUN_BEFORE = new Set(['is', 'was', 'has']);
const FINITE_AFTER = new Set(['have', 'has', 'had', 'is', 'are', 'was', 'were', 'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must', 'show', 'showed', 'say', 'said', 'suggest', 'suggested', 'indicate', 'indicated', 'range', 'ranged', 'vary', 'varied']);

/**
 * -s forms of cue verbs that are also plural speech nouns: before "of" never verbs ("reports of fighting", "claims of
 * fraud"); after a common verb its object (nounAfterVerb.ts).
 */
export const PLURAL_SPEECH_NOUNS: ReadonlySet<string> = new Set(['reports', 'charges', 'claims', 'comments', 'remarks', 'promises', 'statements', 'announcements', 'accusations', 'allegations', 'demands', 'requests']);

/** Verbs of turning to an act, before "to" and a gerund ("pivoted to arguing"). */
const TURNING = new Set(['pivoted', 'pivots', 'turned', 'turns', 'moved', 'shifted', 'switched', 'resorted', 'returned']);

const PUBLISHING = new Set(['publish', 'release', 'post', 'share', 'issue', 'broadcast']);
const VISUAL_MEDIA = new Set(['pictures', 'picture', 'photos', 'photo', 'photographs', 'photograph', 'images', 'image', 'video', 'videos', 'footage', 'maps', 'map']);
/** Media a verb form like "state" can modify ("Iranian state TV", "Chinese state media"). */
const STATE_MEDIA = new Set(['tv', 'television', 'media', 'radio', 'broadcaster', 'newspaper', 'news']);

export function isVerbCue(doc: Doc, i: number): boolean {
  const { lower, sent, kind, cap } = doc.tokens;
  const form = VERB_FORMS.get(lower[i]);
  // "Clinton Says Russians Hacked DNC": a Title Case headline capitalises its -s cue too (titleCaseHeadline.ts).
  const headlineCue = form?.inflection === 's' && capitalisedByHeadline(doc, i);
  if (!form || cap[i] === 1 && i > 0 && sent[i - 1] === sent[i] && kind[i - 1] === WORD && !headlineCue) return false;
  // "Briefing reporters, State Department Spokesman …", "…," State Secretary Ann Lowe said: capitalised after
  // a comma or a quotation mark and before a capitalised word, a cue word is part of a name or title.
  if (cap[i] === 1 && i > 0 && sent[i - 1] === sent[i] && kind[i - 1] !== WORD && cap[i + 1] === 1 && sent[i + 1] === sent[i] && !headlineCue) return false;
  if (PARTICLES.has(form.lemma) && particleReach(lower, i, form.lemma) === 0) return false;
  if (quotedAsStart(doc, i) >= 0 || quotedAsSaying(doc, i)) return true;
  const k = beforeAdverbs(doc, i);
  const prev = k >= 0 && sent[k] === sent[i] ? k : -1;
  // "a report released on Wednesday that claimed …": after a noun, "that" before a past form is a relative.
  const relative = form.inflection === 'past' && lower[prev] === 'that' && prev >= 1 && sent[prev - 1] === sent[i] && kind[prev - 1] === WORD;
  // "answered by saying the matter was closed", "defended the plan by pointing out that …": after "by", an
  // -ing form is the gerund of the subject's own act of saying, a cue (not a noun as after "the").
  // Only before a clause or a description ("by promising Intel a share", "by proposing measures" are acts).
  // So after "for" after a verb: "was fined for saying "…"", "apologizing for saying that …" (a blame's reason;
  // not after a noun, "Thanks for saying "yes"", "the reason for saying "sorry"").
  const forAfterVerb = lower[prev] === 'for' && /^[a-z]{3,}(?:ed|ing)$/.test(lower[prev - 1] ?? '') && sent[prev - 1] === sent[i];
  const byGerund = form.inflection === 'ing' && (lower[prev] === 'by' || forAfterVerb) && prev === i - 1 && reportsAfterBy(doc, i, form.lemma, form.frames.has('description'), form.frames.has('clause'));
  // "One of these told …": after "of", a demonstrative is a pronoun (the group) and a past form its verb.
  const ofDemonstrative = form.inflection === 'past' && (lower[prev] === 'these' || lower[prev] === 'those') && lower[prev - 1] === 'of';
  // "Sources close to her said …": after a preposition, "her" is an object pronoun ending the subject.
  const objectHer = form.inflection !== 'ing' && lower[prev] === 'her' && /^(?:to|with|of|for|about|near)$/.test(lower[prev - 1] ?? '');
  // "Hadley's said …": no possessed noun is ever "said" or "told", so the "'s" ends a shop's name (or is "has").
  const namedShop = (lower[prev] === "'s" || lower[prev] === '’s') && SAID_AFTER_NAME.has(lower[i]) && cap[prev - 1] === 1;
  // "Some said they had not been warned": "some" alone opening the clause is the pronoun (someSubject.ts).
  const someSubject = form.inflection !== 'ing' && form.inflection !== 's' && someAsSubject(doc, prev, i);
  if (prev >= 0 && NOUN_BEFORE.has(lower[prev]) && kind[prev] !== PUNCT && !relative && !byGerund && !ofDemonstrative && !objectHer && !namedShop && !someSubject) return false;
  // "made many promises", "after several reports": an -s form after a quantifier is a plural noun ("many say" is a verb).
  if (form.inflection === 's' && prev >= 0 && QUANTIFIERS.has(lower[prev])) return false;
  if (prev >= 0 && ADJECTIVE_BEFORE.has(lower[prev]) && form.inflection !== 'past') return false;
  // "a blog post", "asylum claim": a base form after a singular noun is a noun ("officials claim" is a verb);
  // "-ous", "-ss", "-us", "-is" end adjectives and singulars, not plurals ("anonymous press briefings").
  // "The sign read: "…"", "One post by him read, "…"": a past spelled like the base, right before a quotation.
  const pastBeforeQuote = PAST_AS_BASE.has(lower[i]) && (kind[i + 1] === QUOTE || ((lower[i + 1] === ',' || lower[i + 1] === ':') && kind[i + 2] === QUOTE) || pastAfterQuote(doc, i));
  // "The council also say the road will reopen": an adverb between a collective noun and the base form makes
  // it the verb (British plural agreement); a compound noun never has an adverb inside it.
  const afterAdverb = k < i - 1;
  // "The family insist she …" (collectiveSubject.ts); "Grove's parents and other family say …": a coordinated
  // subject is plural (coordinatedSubject.ts). "About 40 percent say they …", "Voters who met him say their …"
  // (pluralBeforeBase.ts).
  if (form.inflection === 'base' && !pastBeforeQuote && !afterAdverb && prev >= 0 && kind[prev] === WORD && cap[prev] !== 1 && !hasPluralEnding(lower[prev]) && !BASE_SUBJECTS.has(lower[prev]) && !afterPluralHere(doc, prev) && !collectiveBeforeClause(doc, prev, i, form.lemma) && !endsCoordinatedSubject(doc, prev) && !pluralSubjectBefore(doc, prev, i)) return false;
  if (form.inflection === 'base' && isLeadingCompound(doc, i)) return false;
  // "Iranian state TV reported …": between a capitalised adjective and a medium, "state" modifies the medium.
  if (form.inflection === 'base' && prev >= 0 && cap[prev] === 1 && kind[prev] === WORD && STATE_MEDIA.has(lower[i + 1] ?? '') && sent[i + 1] === sent[i]) return false;
  // "its Santa Catarina state is reported to …": a base form right before "is"/"was"/"has" after a singular
  // word is a noun ("critics charge is …" keeps its verb: a clause with a plural subject).
  if (form.inflection === 'base' && BASE_NOUN_BEFORE.has(lower[i + 1] ?? '') && sent[i + 1] === sent[i] && prev >= 0 && kind[prev] === WORD && !hasPluralEnding(lower[prev]) && !BASE_SUBJECTS.has(lower[prev])) return false;
  if (prev >= 0 && lower[prev] === 'to') {
    const p2 = k - 1;
    // "pivoted to arguing that …", "turned to warning that …": a gerund after a verb of turning is the act.
    const turnedTo = form.inflection === 'ing' && TURNING.has(lower[p2] ?? '');
    // "continued to say he had never …", "began to argue that …": a verb of going on or beginning and the act.
    const aspectual = form.inflection === 'base' && form.frames.has('clause') && !form.frames.has('description') && ASPECTUAL_BEFORE_TO.has(lower[p2] ?? '');
    return p2 >= 0 && (lower[p2] === 'on' || goesSoFarAs(doc, p2) || lower[p2] === 'want' || lower[p2] === 'wanted' || turnedTo || aspectual || tookToPlatform(doc, p2) || sayingAdjectiveAt(doc, p2));
  }
  if (form.inflection === 'past' && prev >= 0 && !namedShop && PASSIVE_AUXILIARIES.has(lower[afterMannerAdverbs(doc, prev)])) return false;
  if (form.inflection === 'past' && isParticiple(doc, i, form.frames, prev)) return false;
  // "the hikers reported missing on Sunday": a reduced passive of fate, no report (reportedState.ts).
  if (form.inflection === 'past' && isReportedState(doc, i)) return false;
  if (isNegated(doc, i)) return false;
  // "will say on Monday that …", "may argue that …": a statement not made yet (modal.ts).
  if (form.inflection === 'base' && afterModal(doc, i)) return false;
  // "called into question", "called off the strike", "called up reservists": "call" in a sense that is not speech.
  if (form.lemma === 'call' && /^(?:into|off|up)$/.test(lower[i + 1] ?? '')) return false;
  // "Reuters published pictures showing …": pictures are not words.
  if (PUBLISHING.has(form.lemma) && VISUAL_MEDIA.has(lower[i + 1] ?? '')) return false;
  // "Recent reports have revealed …": a noun followed by the verb of its clause.
  // "…, which he says would lead to …": a singular source inside a relative clause (relativeSource.ts).
  if (form.inflection === 's' && FINITE_AFTER.has(lower[i + 1] ?? '') && !sourceInRelative(doc, i)) return false;
  // "media reports of recent weeks", "faces charges of murder": a plural noun before "of" ("warns of" stays a verb).
  if (form.inflection === 's' && lower[i + 1] === 'of' && PLURAL_SPEECH_NOUNS.has(lower[i])) return false;
  if (form.inflection === 'past' && isReducedRelative(doc, i, form.lemma)) return false;
  if (form.inflection === 'past' && isPartOfPredicateNoun(doc, i)) return false;
  // "a federal law called the "family assistance plan"": a participle naming a thing, with or without "the".
  const quoteNext = kind[i + 1] === QUOTE || (lower[i + 1] === 'the' && kind[i + 2] === QUOTE);
  if (form.frames.has('description') && form.inflection === 'past' && prev >= 0 && quoteNext && ((cap[prev] !== 1 && kind[prev] === WORD && !endsRelativeSubject(doc, prev)) || namesAfterCommaNoun(doc, prev))) return false;
  // "questioned whether the data was reliable", not "questioned two men" (questionOnly.ts).
  if (QUESTION_ONLY.has(form.lemma)) return questionFollows(doc, i);
  if (form.frames.size === 1 && form.frames.has('thatOnly')) {
    // "agreed with Tom Reyes that …": a partner of up to three words after "with".
    return lower[i + 1] === 'that' || lower[i + 3] === 'that' || (lower[i + 1] === 'with' && (lower[i + 4] === 'that' || lower[i + 5] === 'that')) || endsPostposedClause(doc, i, form.lemma) || clauseWithoutThat(doc, i + 1, form.lemma, form.inflection);
  }
  return true;
}
