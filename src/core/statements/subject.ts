/**
 * The source phrase of a cue. Shapes handled:
 *   Bush said · U.S. officials have said · Putin, speaking through an interpreter, said ·
 *   Khaled Al-Maeena, editor at large at the Saudi Gazette, said · X, who …, said ·
 *   Bush declined …, saying only that (participle: the clause's subject) ·
 *   Bush directed …, and has suggested (coordinated verb: the clause's subject) · according to X.
 */
import type { CueSpan } from '../cues';
import type { Doc } from '../doc';
import { phraseEndingAt, type Phrase } from '../mentions/np';
import { SUBJECT_PRONOUNS } from '../mentions/lexicon';
import { WORD } from '../text/tokenTable';
import { QUOTING_VERBS } from '../cues/participles';
import { withPostModifier } from './postModifier';
import { accordingSource } from './accordingSource';
import { withBareModifiers } from './bareModifiers';
import { invertedSource } from './postposed';
import { invertedParentheticalSource } from './parenthetical';
import { documentAfterOf, isObjectBeforeParticiple } from './participleObject';
import { objectPronounSource } from './objectPronounSource';
import { sourceOfPostposedCue } from './postposedParticiple';
import { openingNameBeforeApposition } from './openingName';
import { withSpeechPossessor } from './possessedSpeech';
import { sourceAroundDashes } from './dashApposition';
import { subjectAfterWith } from './clauseStarts';
import { clauseSubject, sentenceStart } from './clauseSubject';
import { determinedNoun } from './determinedNoun';
import { partitiveEndingAt } from './partitive';
import { subjectOfVerbBefore } from './verbBeforeParticiple';
import { nameBeforeIndefiniteAppositive, subjectBeforeParenthetical } from './subjectBeforeComma';
import { findsAsSource } from '../cues/findingSource';
import { relativeClauseSubject } from './enclosingClause';
import { conjunctAfterPreposition } from './conjunctAfterPreposition';
import { relativeSubject } from './relativeSpeaker';
import { sourceOfOpeningInversion } from './openingInversion';
import { sourceBeforeRelative } from './restrictiveRelative';
import { tookToPlatform } from '../cues/platform';
import { quantifierInsideCue, quantifierPronounSource } from './quantifierPronoun';
import { quantifierGroup } from './quantifierGroup';
import { researchSubject } from './researchSubject';
import { nounAfterBracket } from '../mentions/bracketInPhrase';
import { datedSource } from './datedSource';
import { beforeReflexive, proportionSource } from './proportionSource';
import { cueSubjectEnd } from './cueSubjectEnd';
import { relativeThatSource } from './relativeThatSource';
import { subjectBeyondList } from './subjectBeyondList';
import { jointList } from './jointList';
import { coordinatedClauseSubject } from './coordinatedClause';
import { innerConjoinedSource, subjectBeforeFirstCue } from './innerConjoinedSource';
import { goesOnSpeaking, modifiedBeforePronoun, nameEndingInPossessive, objectOfOpeningPreposition, opensWithParticiple } from './subjectShapes';

export interface Subject {
  readonly phrase: Phrase;
  /** An appositive description between the phrase and the cue ("editor at large at the Saudi Gazette"). */
  readonly apposition: string | null;
}

const SUBORDINATORS = new Set(['while', 'whilst', 'after', 'before', 'when', 'by', 'since', 'without', 'upon', 'in', 'on', 'as', 'through', 'despite']);

/** Cues whose subject is as often a thing as a source ("the data suggested that …"). */
const WEAK_CUES = new Set(['suggest', 'indicate', 'imply', 'signal', 'hint', 'show', 'estimate', 'predict', 'forecast', 'conclude']);

export function subjectOfCue(doc: Doc, cue: CueSpan): Subject | null {
  if (cue.kind === 'according') {
    const phrase = accordingSource(doc, cue.lastTok + 1);
    return phrase ? { phrase, apposition: null } : null;
  }
  const floor = sentenceStart(doc, cue.firstTok);
  const opening = cue.inflection === 'ing' ? null : openingNameBeforeApposition(doc, cue, floor);
  if (opening) return opening;
  const start = cue.firstTok - 1;
  if (start < floor) {
    if (cue.inflection === 'ing') {
      const phrase = clauseSubject(doc, doc.tokens.length - 1 > cue.lastTok + 30 ? cue.lastTok + 30 : doc.tokens.length - 1);
      return phrase ? { phrase, apposition: null } : null;
    }
    const inverted = sourceOfOpeningInversion(doc, cue);
    if (inverted) return { phrase: inverted, apposition: null };
    const both = quantifierInsideCue(doc, cue, floor);
    return both ? { phrase: both, apposition: quantifierGroup(doc, both.first) } : null;
  }
  const { lower, kind } = doc.tokens;
  const { k, locative } = cueSubjectEnd(doc, cue, start, floor);
  const word = lower[k];
  const viaClause = (): Subject | null => {
    // "… and numerous people have come forward claiming …": the joined clause's subject (coordinatedClause.ts).
    const phrase = (cue.inflection === 'ing' ? coordinatedClauseSubject(doc, cue.firstTok, floor) : null) ?? clauseSubject(doc, k);
    return phrase ? { phrase, apposition: null } : null;
  };
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
    // "The Herald quoted her as saying …": the pronoun's antecedent speaks (describe.ts reads "her" as "she");
    // not "them": a plural in a content clause is no mention ("said pilots had warned, quoting them as saying").
    if (/^(?:him|her)$/.test(lower[k - 1]) && QUOTING_VERBS.has(lower[k - 2] ?? '')) return { phrase: { first: k - 1, last: k - 1 }, apposition: null };
  }
  if (cue.inflection === 'ing' && SUBORDINATORS.has(word)) {
    const adjacent = subjectOfVerbBefore(doc, k - 1, floor) ?? relativeClauseSubject(doc, k, floor);
    return adjacent ? { phrase: adjacent, apposition: null } : viaClause();
  }
  if (word === 'who' && lower[k - 1] === ',') {
    const phrase = phraseEndingAt(doc, k - 2, floor);
    return phrase ? { phrase: nameBeforeIndefiniteAppositive(doc, k - 1, floor) ?? phrase, apposition: null } : null;
  }
  // "… according to the health minister José Balaguer who adds that …": a relative without its comma.
  if (word === 'who' && doc.tokens.cap[k] !== 1 && cue.inflection !== 'ing') {
    const phrase = phraseEndingAt(doc, k - 1, floor);
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
  if (word === 'to' && (lower[k - 1] === 'on' || /ed$/.test(lower[k - 1] ?? '') || tookToPlatform(doc, k - 1)) && cue.inflection === 'base') return viaClause();
  // "The minister is reported to have said …", "The general is said to have told …": the subject of "is".
  if (word === 'to' && /^(?:reported|said|believed|thought|understood|known|alleged|rumoured|rumored)$/.test(lower[k - 1] ?? '') && /^(?:is|was|are|were)$/.test(lower[k - 2] ?? '')) {
    const phrase = phraseEndingAt(doc, k - 3, floor) ?? determinedNoun(doc, k - 3, floor);
    return phrase ? { phrase, apposition: null } : null;
  }
  if (kind[k] !== WORD) {
    const aroundDashes = sourceAroundDashes(doc, k, floor);
    return aroundDashes ? { phrase: aroundDashes, apposition: null } : null;
  }
  // "Hadley's said …": no possessed noun comes between "'s" and the cue, so the "'s" ends a company's name.
  const shop = cue.inflection === 'ing' ? null : nameEndingInPossessive(doc, k, floor);
  if (shop) return { phrase: shop, apposition: null };
  // "the i reported": no pronoun follows "the", so this is a name (the British newspaper i).
  if (word === 'i' && lower[k - 1] === 'the' && k - 1 >= floor) return { phrase: { first: k - 1, last: k }, apposition: null };
  // "A diplomat who attended the meeting said …", "Officials who saw it said …": the noun before the relative speaks.
  const antecedent = cue.inflection === 'ing' ? null : sourceBeforeRelative(doc, k, floor);
  if (antecedent) return { phrase: antecedent, apposition: null };
  if (SUBJECT_PRONOUNS.has(word)) return { phrase: { first: k, last: k }, apposition: null };
  // "Three guards were questioned. One said …", "Some say …": a quantifier alone opening the clause.
  const quantifier = quantifierPronounSource(doc, k, floor, cue);
  if (quantifier) return { phrase: quantifier, apposition: quantifierGroup(doc, quantifier.first) };
  const withSubject = cue.inflection === 'ing' ? subjectAfterWith(doc, k) : null;
  if (withSubject) return withSubject;
  const partitive = partitiveEndingAt(doc, k, floor);
  if (partitive) return { phrase: partitive, apposition: null };
  const objectSource = objectPronounSource(doc, k, floor, cue.inflection === 'ing');
  if (objectSource) return { phrase: objectSource, apposition: null };
  // "An aide from the early 1990s said": the date ends a post-modifier, not a phrase of its own (datedSource.ts).
  // "About half of the workers said": a proportion of a group, whose "About" is no opening preposition.
  const phrase = datedSource(doc, k, floor) ?? proportionSource(doc, k, floor) ?? phraseEndingAt(doc, k, floor) ?? nounAfterBracket(doc, k, floor) ?? beforeReflexive(doc, k, floor) ?? (WEAK_CUES.has(cue.lemma) && !findsAsSource(doc, cue.verbTok) ? null : determinedNoun(doc, k, floor)) ?? modifiedBeforePronoun(doc, k, floor) ?? researchSubject(doc, k, floor);
  const source = phrase ? conjunctAfterPreposition(doc, withSpeechPossessor(doc, withBareModifiers(doc, withPostModifier(doc, phrase, floor), floor), floor)) : null;
  // "A team from Kelby University, the Harlow Museum and Dunmore College announced": the team (subjectBeyondList.ts).
  const widened = source && cue.inflection !== 'ing' ? subjectBeyondList(doc, source, cue.firstTok, floor) ?? jointList(doc, source, floor) : null;
  if (widened) return { phrase: widened, apposition: null };
  const document = source && cue.inflection === 'ing' ? documentAfterOf(doc, source) : null;
  if (document) return { phrase: document, apposition: null };
  if (source && cue.inflection === 'ing' && (isObjectBeforeParticiple(doc, source, floor) || opensWithParticiple(doc, source))) return viaClause();
  if (source && objectOfOpeningPreposition(doc, source, floor) && cue.inflection === 'past') return null;
  if (source) return { phrase: locative >= 0 && source.last === k ? { ...source, last: locative } : source, apposition: null };
  return cue.inflection === 'ing' ? viaClause() : null;
}
