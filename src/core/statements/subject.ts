/**
 * The source phrase of a cue. Shapes handled:
 *   Bush said · U.S. officials have said · Putin, speaking through an interpreter, said ·
 *   Khaled Al-Maeena, editor at large at the Saudi Gazette, said · X, who …, said ·
 *   Bush declined …, saying only that (participle: the clause's subject) ·
 *   Bush directed …, and has suggested (coordinated verb: the clause's subject) · according to X.
 */
import { bareRelativeSubject } from '../cues/namingRelative';
import type { CueSpan } from '../cues';
import type { Doc } from '../doc';
import { phraseEndingAt, type Phrase } from '../mentions/np';
import { SUBJECT_PRONOUNS } from '../mentions/lexicon';
import { WORD } from '../text/tokenTable';
import { withPostModifier } from './postModifier';
import { accordingSource } from './accordingSource';
import { withBareModifiers } from './bareModifiers';
import { documentAfterOf, isObjectBeforeParticiple } from './participleObject';
import { objectPronounSource } from './objectPronounSource';
import { openingNameBeforeApposition } from './openingName';
import { withSpeechPossessor } from './possessedSpeech';
import { DASHES, sourceAroundDashes } from './dashApposition';
import { subjectAfterWith, withSubjectOfJoinedParticiple } from './clauseStarts';
import { clauseSubject, sentenceStart } from './clauseSubject';
import { determinedNoun } from './determinedNoun';
import { partitiveEndingAt } from './partitive';
import { findsAsSource } from '../cues/findingSource';
import { conjunctAfterPreposition } from './conjunctAfterPreposition';
import { sourceOfOpeningInversion } from './openingInversion';
import { sourceBeforeRelative } from './restrictiveRelative';
import { quantifierInsideCue, quantifierPronounSource } from './quantifierPronoun';
import { quantifierGroup } from './quantifierGroup';
import { researchSubject } from './researchSubject';
import { findingHeadBeforeModifier } from './findingModifier';
import { shareSubject } from './shareSource';
import { pollShareSubject } from './pollShare';
import { nicknameOpening } from './nicknameQuote';
import { subjectBeforeParenthetical } from './subjectBeforeComma';
import { nounAfterBracket } from '../mentions/bracketInPhrase';
import { datedSource } from './datedSource';
import { beforeReflexive, proportionSource } from './proportionSource';
import { cueSubjectEnd } from './cueSubjectEnd';
import { subjectBeyondList } from './subjectBeyondList';
import { subjectAtLink } from './subjectAtLink';
import { progressiveSubject } from './progressiveSubject';
import { pronounBeforeProgressive } from './pronounProgressive';
import { setOffParticipleSubject } from './setOffParticiple';
import { thoseAsked } from './thoseSource';
import { jointList } from './jointList';
import { coordinatedClauseSubject } from './coordinatedClause';
import { nameBeforeDescription } from './nameBeforeDescription';
import { subjectBeforeAspectual } from './aspectualVerb';
import { verbFormHead } from './verbFormHead';
import { modifiedBeforePronoun, nameEndingInPossessive, objectOfOpeningPreposition, opensWithParticiple } from './subjectShapes';

export interface Subject {
  readonly phrase: Phrase;
  /** An appositive description between the phrase and the cue ("editor at large at the Saudi Gazette"). */
  readonly apposition: string | null;
}

/** Cues whose subject is as often a thing as a source ("the data suggested that …"). */
const WEAK_CUES = new Set(['suggest', 'indicate', 'imply', 'signal', 'hint', 'show', 'estimate', 'predict', 'forecast', 'conclude']);

export function subjectOfCue(doc: Doc, cue: CueSpan): Subject | null {
  if (cue.kind === 'according') {
    const phrase = accordingSource(doc, cue.lastTok + 1);
    return phrase ? { phrase, apposition: null } : null;
  }
  // "a murder police called "…"": the subject of a relative clause without its pronoun is the one word.
  if (cue.frames.has('description') && bareRelativeSubject(doc, cue.firstTok - 1)) return { phrase: { first: cue.firstTok - 1, last: cue.firstTok - 1 }, apposition: null };
  const floor = sentenceStart(doc, cue.firstTok);
  const opening = cue.inflection === 'ing' ? null : openingNameBeforeApposition(doc, cue, floor);
  if (opening) return opening;
  // "… as more senators have begun urging …": the subject of the verb of beginning (aspectualVerb.ts).
  const aspectual = subjectBeforeAspectual(doc, cue, floor);
  if (aspectual) return { phrase: aspectual, apposition: null };
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
  // `with Baird tweeting that … and asking, "…"`: the subject of the participle joined before (clauseStarts.ts).
  const joined = cue.inflection === 'ing' ? withSubjectOfJoinedParticiple(doc, cue.firstTok, floor) : null;
  if (joined) return joined;
  // "Tom Lee, the hacker known as "Ghost," stated …": the apposition's comma inside a nickname's closing mark.
  const nickname = lower[k - 1] === ',' && cue.inflection !== 'ing' ? nicknameOpening(doc, k) : -1;
  if (nickname >= 0) {
    const named = subjectBeforeParenthetical(doc, nickname, floor);
    if (named) return named;
  }
  // "…, while Baker is arguing that …": a progressive's subject after a clause opener (progressiveSubject.ts).
  const progressive = cue.inflection === 'ing' ? progressiveSubject(doc, k, floor) ?? pronounBeforeProgressive(doc, k, floor) ?? setOffParticipleSubject(doc, cue, k, floor) : null;
  if (progressive) return { phrase: progressive, apposition: null };
  const linked = subjectAtLink(doc, cue, k, floor, viaClause);
  if (linked !== undefined) return linked;
  // "About 40 percent said …", "Two in three said …", "Those surveyed said …": a poll's share (pollShare.ts).
  const poll = cue.inflection === 'ing' ? null : pollShareSubject(doc, k, floor);
  if (poll) return { phrase: poll, apposition: null };
  if (kind[k] !== WORD) {
    const aroundDashes = sourceAroundDashes(doc, k, floor);
    // "Rubio flipped his choice on the spot – saying he …": after a dash, a participle's subject is the clause's.
    if (!aroundDashes && cue.inflection === 'ing' && k === cue.firstTok - 1 && DASHES.has(lower[k])) return viaClause();
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
  const those = thoseAsked(doc, k, floor);
  if (those) return { phrase: those, apposition: null };
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
  const phrase = findingHeadBeforeModifier(doc, k, floor) ?? shareSubject(doc, k, floor) ?? datedSource(doc, k, floor) ?? proportionSource(doc, k, floor) ?? phraseEndingAt(doc, k, floor) ?? verbFormHead(doc, k, floor) ?? nounAfterBracket(doc, k, floor) ?? beforeReflexive(doc, k, floor) ?? (WEAK_CUES.has(cue.lemma) && !findsAsSource(doc, cue.verbTok) ? null : determinedNoun(doc, k, floor)) ?? modifiedBeforePronoun(doc, k, floor) ?? researchSubject(doc, k, floor);
  const source = phrase ? conjunctAfterPreposition(doc, withSpeechPossessor(doc, withBareModifiers(doc, withPostModifier(doc, phrase, floor), floor), floor)) : null;
  // "A team from Kelby University, the Harlow Museum and Dunmore College announced": the team (subjectBeyondList.ts).
  const widened = source && cue.inflection !== 'ing' ? subjectBeyondList(doc, source, cue.firstTok, floor) ?? jointList(doc, source, floor) : null;
  if (widened) return { phrase: widened, apposition: null };
  // "Sen. Ada Cole (D-OR), a backer of the bill told …": the name before an unclosed description (nameBeforeDescription.ts).
  const named = source && cue.inflection !== 'ing' ? nameBeforeDescription(doc, source, floor) : null;
  if (named) return named;
  const document = source && cue.inflection === 'ing' ? documentAfterOf(doc, source) : null;
  if (document) return { phrase: document, apposition: null };
  if (source && cue.inflection === 'ing' && (isObjectBeforeParticiple(doc, source, floor) || opensWithParticiple(doc, source))) return viaClause();
  if (source && objectOfOpeningPreposition(doc, source, floor) && cue.inflection === 'past') return null;
  if (source) return { phrase: locative >= 0 && source.last === k ? { ...source, last: locative } : source, apposition: null };
  return cue.inflection === 'ing' ? viaClause() : null;
}
