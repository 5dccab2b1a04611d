/**
 * The source of a cue whose subject ends at a link word or mark (subject.ts): a comma ("Putin, speaking
 * through an interpreter, said"), a coordinator ("… and said"), "as" after a quoting verb, a subordinator
 * before a participle, a relative "who"/"that", a semicolon, or an infinitive ("declined to say"). Returns
 * undefined when the word before the cue is none of these, so that subject.ts goes on with its other shapes.
 */
import type { CueSpan } from '../cues';
import type { Doc } from '../doc';
import { phraseEndingAt, type Phrase } from '../mentions/np';
import { QUOTE } from '../text/tokenTable';
import { QUOTING_VERBS } from '../cues/participles';
import { quotedWithAppositive } from './quotedAppositive';
import { invertedSource } from './invertedSource';
import { invertedParentheticalSource } from './parenthetical';
import { sourceOfPostposedCue } from './postposedParticiple';
import { determinedAppositive, determinedNoun } from './determinedNoun';
import { subjectOfVerbBefore } from './verbBeforeParticiple';
import { nameBeforeIndefiniteAppositive, subjectBeforeParenthetical } from './subjectBeforeComma';
import { relativeClauseSubject } from './enclosingClause';
import { relativeSubject } from './relativeSpeaker';
import { tookToPlatform } from '../cues/platform';
import { goesSoFarAs } from '../cues/soFarAs';
import { relativeThatSource } from './relativeThatSource';
import { sayingAdjectiveAt } from '../cues/adjectiveInfinitive';
import { subjectBeyondList } from './subjectBeyondList';
import { innerConjoinedSource, subjectBeforeFirstCue } from './innerConjoinedSource';
import { goesOnSpeaking } from './subjectShapes';
import { SUBJECT_PRONOUNS } from '../mentions/lexicon';
import { personAfterOf } from './whoAfterOf';
import type { Subject } from './subject';
import { ASPECTUAL_BEFORE_TO } from './verbWords';

/** Quantifiers that stand alone for people before "who" ("some who warned …"). */
const PEOPLE_QUANTIFIERS = new Set(['some', 'many', 'others', 'several', 'most', 'few']);

const SUBORDINATORS = new Set(['while', 'whilst', 'after', 'before', 'when', 'by', 'since', 'without', 'upon', 'in', 'on', 'as', 'through', 'despite']);

/**
 * `k` is the last token of the cue's subject side (cueSubjectEnd.ts), `floor` the sentence's first token;
 * `viaClause` finds the subject of the clause the cue belongs to.
 */
export function subjectAtLink(doc: Doc, cue: CueSpan, k: number, floor: number, viaClause: () => Subject | null): Subject | null | undefined {
  const { lower } = doc.tokens;
  const word = lower[k];
  if (word === ',') {
    if (cue.inflection === 'ing') return sourceOfPostposedCue(doc, k, floor) ?? (goesOnSpeaking(cue) ? relativeSubject(doc, k, floor) : null) ?? viaClause();
    const inverted = invertedSource(doc, cue) ?? invertedParentheticalSource(doc, cue);
    if (inverted) return { phrase: inverted, apposition: null };
    const parenthetical = subjectBeforeParenthetical(doc, k, floor);
    // "… of the Carnegie Institution in Washington, DC, United States, announced": the subject before the place.
    const widened = parenthetical ? subjectBeyondList(doc, parenthetical.phrase, cue.firstTok, floor) : null;
    return widened ? { phrase: widened, apposition: null } : parenthetical ?? viaClause();
  }
  if (word === 'and' || word === 'or' || word === 'but') {
    // "said a former official who oversaw the inquiry and described it as "…"": the second verb of the relative.
    const who = word === 'and' && cue.inflection !== 'ing' ? relativeBeforeConjunct(doc, k, floor) : -1;
    const antecedent = who > 0 ? phraseEndingAt(doc, lower[who - 1] === ',' ? who - 2 : who - 1, floor) : null;
    if (antecedent) return { phrase: antecedent, apposition: null };
    // "Reuters reported that an official confirmed …, and said …": the reported clause's source goes on.
    const inner = word === 'and' && cue.inflection === 'past' && cue.lemma !== 'add' ? innerConjoinedSource(doc, k, floor) : null;
    if (inner) return { phrase: inner, apposition: null };
    const clause = viaClause();
    return clause ? { phrase: subjectBeforeFirstCue(doc, clause.phrase, k, floor), apposition: null } : null;
  }
  // "Sunak defended the record whilst promising …": a subordinate participle takes the clause's subject.
  // "The paper quoted a police officer as saying …": the one quoted speaks.
  if (cue.inflection === 'ing' && word === 'as') {
    const quoted = phraseEndingAt(doc, k - 1, floor);
    if (quoted && QUOTING_VERBS.has(lower[quoted.first - 1] ?? '')) return { phrase: quoted, apposition: null };
    // "quoted the mayor's spokesman, John Roe, as saying …" (quotedAppositive.ts).
    const appositive = quotedWithAppositive(doc, k - 1, floor);
    if (appositive) return { phrase: appositive, apposition: null };
    // "The Herald quoted her as saying …": the pronoun's antecedent speaks (describe.ts reads "her" as "she");
    // not "them": a plural in a content clause is no mention ("said pilots had warned, quoting them as saying").
    if (/^(?:him|her)$/.test(lower[k - 1]) && QUOTING_VERBS.has(lower[k - 2] ?? '')) return { phrase: { first: k - 1, last: k - 1 }, apposition: null };
  }
  if (cue.inflection === 'ing' && SUBORDINATORS.has(word)) {
    const adjacent = subjectOfVerbBefore(doc, k - 1, floor) ?? relativeClauseSubject(doc, k, floor);
    return adjacent ? { phrase: adjacent, apposition: null } : viaClause();
  }
  if (word === 'who' && lower[k - 1] === ',') {
    // "met a young child, who said …": "who" stands for a person, so a determined noun in no role list speaks too.
    const phrase = phraseEndingAt(doc, k - 2, floor) ?? personBeforeWho(doc, k - 2, floor);
    return phrase ? { phrase: nameBeforeIndefiniteAppositive(doc, k - 1, floor) ?? personAfterOf(doc, phrase) ?? phrase, apposition: null } : null;
  }
  // "… according to the health minister José Balaguer who adds that …": a relative without its comma.
  if (word === 'who' && doc.tokens.cap[k] !== 1 && cue.inflection !== 'ing') {
    // "…, including some who warned …": a quantifier standing alone for people.
    const phrase = phraseEndingAt(doc, k - 1, floor) ?? (PEOPLE_QUANTIFIERS.has(lower[k - 1]) ? { first: k - 1, last: k - 1 } : null);
    return phrase ? { phrase, apposition: null } : null;
  }
  // "a BBC report released on Wednesday that claimed …": a relative after a document (relativeThatSource.ts).
  if ((word === 'that' || word === 'which') && cue.inflection !== 'ing') {
    const phrase = relativeThatSource(doc, k, floor);
    if (phrase) return { phrase, apposition: null };
  }
  // "He spoke of the failed policy; stressing such policies …": a participle after a semicolon.
  if (word === ';' && cue.inflection === 'ing') return (goesOnSpeaking(cue) ? relativeSubject(doc, k, floor) : null) ?? viaClause();
  // "The paper went on to comment …", "He declined to say …": an infinitive cue speaks for the clause's subject.
  // "Moreau took to Instagram to say …" too.
  // "Even after the vote, Lee continued to say …": the subject right before a verb of going on or beginning.
  if (word === 'to' && ASPECTUAL_BEFORE_TO.has(lower[k - 1] ?? '') && cue.inflection === 'base') {
    let j = k - 2;
    while (j > floor && /^(?:has|have|had|also|still|repeatedly)$/.test(lower[j])) j--;
    const phrase = SUBJECT_PRONOUNS.has(lower[j]) ? { first: j, last: j } : phraseEndingAt(doc, j, floor);
    return phrase ? { phrase, apposition: null } : viaClause();
  }
  if (word === 'to' && (lower[k - 1] === 'on' || goesSoFarAs(doc, k - 1) || /ed$/.test(lower[k - 1] ?? '') || tookToPlatform(doc, k - 1)) && cue.inflection === 'base') return viaClause();
  // "Voters were more likely to say they …", "Officials were quick to point out …": an adjective after "be".
  if (word === 'to' && cue.inflection === 'base' && sayingAdjectiveAt(doc, k - 1)) return viaClause();
  // "The minister is reported to have said …", "The general is said to have told …": the subject of "is".
  if (word === 'to' && /^(?:reported|said|believed|thought|understood|known|alleged|rumoured|rumored)$/.test(lower[k - 1] ?? '') && /^(?:is|was|are|were)$/.test(lower[k - 2] ?? '')) {
    const phrase = phraseEndingAt(doc, k - 3, floor) ?? determinedNoun(doc, k - 3, floor);
    return phrase ? { phrase, apposition: null } : null;
  }
  return undefined;
}

/** Tokens scanned back from "and" for the relative pronoun whose clause it continues. */
const MAX_RELATIVE_VERB = 12;

/** The "who" opening the relative clause whose second verb follows "and" at `and` (no comma between), or -1. */
function relativeBeforeConjunct(doc: Doc, and: number, floor: number): number {
  const { lower, kind, cap } = doc.tokens;
  for (let j = and - 1; j > floor && j >= and - MAX_RELATIVE_VERB; j--) {
    if (lower[j] === ',' || lower[j] === ';' || kind[j] === QUOTE || lower[j] === 'and') return -1;
    if (lower[j] === 'who' && cap[j] !== 1) return j;
  }
  return -1;
}

/** Prepositions whose object is more often a thing than the person a "who" stands for ("familiar with the talks, who"). */
const THING_PREPOSITIONS = new Set(['with', 'about', 'of', 'on', 'in', 'at', 'for', 'into', 'over', 'under', 'against', 'during']);

/**
 * A determined noun in no role list before ", who" ("met a young child, who said …"), or null. Not the object
 * of a preposition that mostly takes things: "one Democrat familiar with the discussion, who added …" names
 * the Democrat, not the discussion.
 */
function personBeforeWho(doc: Doc, last: number, floor: number): Phrase | null {
  const noun = determinedAppositive(doc, last, floor);
  return noun && !THING_PREPOSITIONS.has(doc.tokens.lower[noun.first - 1] ?? '') ? noun : null;
}
