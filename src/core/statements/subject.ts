/**
 * The source phrase of a cue. Shapes handled:
 *   Bush said · U.S. officials have said · Putin, speaking through an interpreter, said ·
 *   Khaled Al-Maeena, editor at large at the Saudi Gazette, said · X, who …, said ·
 *   Bush declined …, saying only that (participle: the clause's subject) ·
 *   Bush directed …, and has suggested (coordinated verb: the clause's subject) · according to X.
 */
import type { CueSpan } from '../cues';
import type { Doc } from '../doc';
import { phraseEndingAt, phraseStartingAt, type Phrase } from '../mentions/np';
import { isStopWord, SUBJECT_PRONOUNS } from '../mentions/lexicon';
import { QUOTE, WORD } from '../text/tokenTable';
import { withPostModifier } from './postModifier';
import { accordingSource } from './accordingSource';
import { withBareModifiers } from './bareModifiers';
import { invertedSource } from './postposed';
import { invertedParentheticalSource } from './parenthetical';
import { documentAfterOf, isObjectBeforeParticiple } from './participleObject';
import { objectPronounSource } from './objectPronounSource';
import { documentBeforeParticiple, sourceOfPostposedCue } from './postposedParticiple';
import { openingOutsideQuote } from './sentenceOpening';
import { openingNameBeforeApposition } from './openingName';
import { withSpeechPossessor } from './possessedSpeech';
import { isOpeningAdverb } from '../mentions/initialCaps';
import { sourceAroundDashes } from './dashApposition';
import { afterSemicolon, subjectAfterWith } from './clauseStarts';

export interface Subject {
  readonly phrase: Phrase;
  /** An appositive description between the phrase and the cue ("editor at large at the Saudi Gazette"). */
  readonly apposition: string | null;
}

const FRONTED = new Set(['after', 'before', 'when', 'while', 'soon', 'in', 'on', 'at', 'during', 'following', 'asked', 'as', 'since', 'yesterday', 'today', 'also', 'however', 'meanwhile', 'last', 'this', 'writing', 'speaking', 'despite', 'with', 'although', 'though', 'because', 'if', 'once', 'until', 'earlier', 'later', 'like', 'unlike', 'under', 'by', 'from', 'for', 'and', 'but', 'so', 'then', 'now', 'still', 'separately', 'previously', 'responding', 'addressing', 'commenting', 'referring', 'talking', 'according',
  // "Outside of the party, Ada Ruiz spoke of …": a fronted prepositional phrase.
  'outside', 'inside', 'beyond', 'among', 'amongst', 'amid', 'within', 'across', 'against', 'besides', 'regarding', 'concerning', 'throughout', 'through', 'over', 'upon', 'without', 'toward', 'towards', 'near', 'elsewhere']);
const SUBORDINATORS = new Set(['while', 'whilst', 'after', 'before', 'when', 'by', 'since', 'without', 'upon', 'in', 'on', 'as', 'through', 'despite']);
const NON_APPOSITION = /^(?:in|at|on|by|with|for|from|to|during|after|before|while|speaking|who|which|according|through|via|like|as|when|where|also|however|though|although|too)\b|ing\b/i;

/** Adverbs that may stand between a source and its cue without being part of either ("TEPCO only conceded"). */
const ADVERBS_BEFORE_CUE = new Set(['only', 'officially', 'formally', 'openly']);

/** Cues whose subject is as often a thing as a source ("the data suggested that …"). */
const WEAK_CUES = new Set(['suggest', 'indicate', 'imply', 'signal', 'hint', 'show', 'estimate', 'predict', 'forecast', 'conclude']);
// Number words too: "Four percent said abdication should never be allowed" (a poll's share speaks).
const SUBJECT_DETERMINERS = new Set(['the', 'a', 'an', 'one', 'another', 'this', 'his', 'her', 'their', 'its', 'our', 'my', 'several', 'some', 'many', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten']);

/**
 * "The abbot said …", "A harbour master confirmed …", "…, rangers said.": a determiner (or a comma and a
 * bare plural) and one to three lowercase words right before a cue name its source even when the noun is in
 * no role list (the lists cannot hold every trade).
 */
function determinedNoun(doc: Doc, last: number, floor: number): Phrase | null {
  const { lower, kind, cap } = doc.tokens;
  for (let k = last; k >= floor && k >= last - 3; k--) {
    // "…, rangers said on Sunday.": a bare plural noun after a comma is the source of a postposed cue.
    if (lower[k] === ',' && k < last && k >= last - 2 && lower[last].endsWith('s')) return { first: k + 1, last };
    if (kind[k] !== WORD) return null;
    if (SUBJECT_DETERMINERS.has(lower[k])) return k < last ? { first: k, last } : null;
    if (cap[k] === 1 || isStopWord(lower[k])) return null;
  }
  return null;
}

/** A determiner and its noun before a comma; not a bare plural, which there ends a list ("chicken noises, and"). */
function determinedAppositive(doc: Doc, last: number, floor: number): Phrase | null {
  const noun = determinedNoun(doc, last, floor);
  return noun && SUBJECT_DETERMINERS.has(doc.tokens.lower[noun.first]) ? noun : null;
}

/** The start of the sentence holding token `i`, looking back at most 60 tokens (bounded work per cue). */
function sentenceStart(doc: Doc, i: number): number {
  return Math.max(doc.sentStart[i], i - 60);
}

/** The subject of the clause holding token `before`: the first phrase after any fronted adverbial. */
export function clauseSubject(doc: Doc, before: number): Phrase | null {
  const lower = doc.tokens.lower;
  const opening = afterSemicolon(doc, openingOutsideQuote(doc, sentenceStart(doc, before), before), before);
  let k = opening;
  // A punctuation token's `lower` is the mark itself.
  let comma = -1;
  for (let j = k; j < before && j < k + 30; j++) if (lower[j] === ',') { comma = j; break; }
  // "Again accompanied by Sarkozy, she recounted …": a subject pronoun after the first comma ends a fronted phrase.
  const pronounAfter = comma > k && SUBJECT_PRONOUNS.has(lower[comma + 1]) && doc.tokens.kind[comma + 2] === WORD;
  if (comma >= 0 && (FRONTED.has(lower[k]) || lower[k].endsWith('ing') || pronounAfter || isOpeningAdverb(doc, k))) k = comma + 1;
  if (SUBJECT_PRONOUNS.has(lower[k]) && k < before) return { first: k, last: k };
  const phrase = phraseStartingAt(doc, k);
  if (phrase && k > opening) return afterFrontedApposition(doc, phrase, before);
  return phrase && phrase.last < before ? phrase : null;
}

/**
 * "Writing in PPR, the institute's journal, Jasper Gerard has argued …": a description set off by commas
 * right after a fronted clause belongs to that clause; the subject is the phrase followed by the verb.
 * A name first keeps its own apposition ("After the talks, Bush, the president, said …").
 */
function afterFrontedApposition(doc: Doc, phrase: Phrase, before: number): Phrase | null {
  const { lower, kind } = doc.tokens;
  let comma = phrase.last + 1;
  while (comma < before && comma < phrase.first + 12 && kind[comma] === WORD) comma++;
  if (lower[comma] === ',' && /^(?:the|a|an)$/.test(lower[phrase.first])) {
    const next = phraseStartingAt(doc, comma + 1);
    if (next && next.last < before && kind[next.last + 1] === WORD) return next;
  }
  return phrase.last < before ? phrase : null;
}

/** The phrase before a comma that closes an apposition or parenthetical ending at token `comma`. */
function beforeParenthetical(doc: Doc, comma: number, floor: number): Subject | null {
  const { kind, lower, cap } = doc.tokens;
  for (let j = comma - 1; j > floor && j > comma - 25; j--) {
    if (kind[j] === QUOTE) return null;
    if (lower[j] !== ',') continue;
    // "The speaker, who produced a bottle, asserted …": a determiner and a noun no role list holds.
    let phrase = phraseEndingAt(doc, j - 1, floor) ?? determinedAppositive(doc, j - 1, floor);
    if (!phrase) return null;
    let innerStart = j + 1;
    // "Cynthia Thompson, curator … at the University of Arkansas, Fayetteville, said": a role phrase
    // before the last comma is itself an apposition; the name is further back.
    for (let depth = 0; depth < 2 && cap[phrase.first] !== 1 && lower[phrase.first - 1] === ',' && phrase.first - 2 >= floor; depth++) {
      const before = phraseEndingAt(doc, phrase.first - 2, floor);
      // Not a name closing a fronted clause ("While aides spoke to The Star, a guard, who …, said").
      if (!before || cap[before.first] !== 1 || (before.first > floor && kind[before.first - 1] === WORD)) break;
      innerStart = phrase.first;
      phrase = before;
    }
    const inner = doc.text.slice(doc.tokens.start[innerStart], doc.tokens.end[comma - 1]);
    return { phrase, apposition: NON_APPOSITION.test(inner) ? null : inner };
  }
  return null;
}

/**
 * "… quotes Ann Ruiz, a chemist with the Water Board, who said …": before ", who", an appositive opened by
 * "a"/"an" describes the name before it; that name is the source, not the last noun of the description.
 */
function nameBeforeIndefiniteAppositive(doc: Doc, comma: number, floor: number): Phrase | null {
  const { lower, kind, cap } = doc.tokens;
  for (let j = comma - 1; j > floor && j > comma - 20; j--) {
    if (kind[j] === QUOTE) return null;
    if (lower[j] !== ',') continue;
    if (lower[j + 1] !== 'a' && lower[j + 1] !== 'an') return null;
    const name = phraseEndingAt(doc, j - 1, floor);
    return name && cap[name.first] === 1 ? name : null;
  }
  return null;
}

export function subjectOfCue(doc: Doc, cue: CueSpan): Subject | null {
  if (cue.kind === 'according') {
    const phrase = accordingSource(doc, cue.lastTok + 1);
    return phrase ? { phrase, apposition: null } : null;
  }
  const floor = sentenceStart(doc, cue.firstTok);
  const opening = cue.inflection === 'ing' ? null : openingNameBeforeApposition(doc, cue, floor);
  if (opening) return opening;
  let k = cue.firstTok - 1;
  if (k < floor) {
    if (cue.inflection === 'ing') {
      const phrase = clauseSubject(doc, doc.tokens.length - 1 > cue.lastTok + 30 ? cue.lastTok + 30 : doc.tokens.length - 1);
      return phrase ? { phrase, apposition: null } : null;
    }
    return null;
  }
  const { lower, kind } = doc.tokens;
  // "TEPCO only conceded …": an adverb between the source and its cue.
  while (k > floor && ADVERBS_BEFORE_CUE.has(lower[k])) k--;
  // "Officials here say …": a locative adverb after a plural source stays in its phrase.
  const locative = (lower[k] === 'here' || lower[k] === 'there') && k - 1 >= floor && kind[k - 1] === WORD && lower[k - 1].endsWith('s') ? k : -1;
  if (locative >= 0) k--;
  // "The Korean Central News Agency (KCNA) said": the name before the bracketed acronym.
  if (lower[k] === ')' && lower[k - 2] === '(' && k - 3 >= floor) k -= 3;
  const word = lower[k];
  const viaClause = (): Subject | null => {
    const phrase = clauseSubject(doc, k);
    return phrase ? { phrase, apposition: null } : null;
  };
  if (word === ',') {
    if (cue.inflection === 'ing') return sourceOfPostposedCue(doc, k, floor) ?? viaClause();
    const inverted = invertedSource(doc, cue) ?? invertedParentheticalSource(doc, cue);
    if (inverted) return { phrase: inverted, apposition: null };
    return beforeParenthetical(doc, k, floor) ?? viaClause();
  }
  if (word === 'and' || word === 'or' || word === 'but') return viaClause();
  // "Sunak defended the record whilst promising …": a subordinate participle takes the clause's subject.
  // "The paper quoted a police officer as saying …": the one quoted speaks.
  if (cue.inflection === 'ing' && word === 'as') {
    const quoted = phraseEndingAt(doc, k - 1, floor);
    if (quoted && /^(?:quoted|quotes|quoting|cited|cites|citing)$/.test(lower[quoted.first - 1] ?? '')) return { phrase: quoted, apposition: null };
  }
  if (cue.inflection === 'ing' && SUBORDINATORS.has(word)) return viaClause();
  if (word === 'who' && lower[k - 1] === ',') {
    const phrase = phraseEndingAt(doc, k - 2, floor);
    return phrase ? { phrase: nameBeforeIndefiniteAppositive(doc, k - 1, floor) ?? phrase, apposition: null } : null;
  }
  // "… according to the health minister José Balaguer who adds that …": a relative without its comma.
  if (word === 'who' && doc.tokens.cap[k] !== 1 && cue.inflection !== 'ing') {
    const phrase = phraseEndingAt(doc, k - 1, floor);
    return phrase ? { phrase, apposition: null } : null;
  }
  // "a BBC report released on Wednesday that claimed …": a relative "that"/"which" after a document's participle.
  if ((word === 'that' || word === 'which') && cue.inflection !== 'ing') {
    const document = documentBeforeParticiple(doc, k, floor);
    if (document) return { phrase: document, apposition: null };
    // "Article 10 of the Declaration, which states "…"": a non-restrictive "which" speaks for the phrase before it.
    const antecedent = word === 'which' && lower[k - 1] === ',' ? phraseEndingAt(doc, k - 2, floor) : null;
    if (antecedent) return { phrase: antecedent, apposition: null };
  }
  // "He spoke of the failed policy; stressing such policies …": a participle after a semicolon.
  if (word === ';' && cue.inflection === 'ing') return viaClause();
  // "The paper went on to comment …", "He declined to say …": an infinitive cue speaks for the clause's subject.
  if (word === 'to' && (lower[k - 1] === 'on' || /ed$/.test(lower[k - 1] ?? '')) && cue.inflection === 'base') return viaClause();
  // "The minister is reported to have said …", "The general is said to have told …": the subject of "is".
  if (word === 'to' && /^(?:reported|said|believed|thought|understood|known|alleged|rumoured|rumored)$/.test(lower[k - 1] ?? '') && /^(?:is|was|are|were)$/.test(lower[k - 2] ?? '')) {
    const phrase = phraseEndingAt(doc, k - 3, floor) ?? determinedNoun(doc, k - 3, floor);
    return phrase ? { phrase, apposition: null } : null;
  }
  if (kind[k] !== WORD) {
    const aroundDashes = sourceAroundDashes(doc, k, floor);
    return aroundDashes ? { phrase: aroundDashes, apposition: null } : null;
  }
  // "the i reported": no pronoun follows "the", so this is a name (the British newspaper i).
  if (word === 'i' && lower[k - 1] === 'the' && k - 1 >= floor) return { phrase: { first: k - 1, last: k }, apposition: null };
  if (SUBJECT_PRONOUNS.has(word)) return { phrase: { first: k, last: k }, apposition: null };
  const withSubject = cue.inflection === 'ing' ? subjectAfterWith(doc, k) : null;
  if (withSubject) return withSubject;
  const objectSource = objectPronounSource(doc, k, floor, cue.inflection === 'ing');
  if (objectSource) return { phrase: objectSource, apposition: null };
  const phrase = phraseEndingAt(doc, k, floor) ?? (WEAK_CUES.has(cue.lemma) ? null : determinedNoun(doc, k, floor));
  const source = phrase ? withSpeechPossessor(doc, withBareModifiers(doc, withPostModifier(doc, phrase, floor), floor), floor) : null;
  const document = source && cue.inflection === 'ing' ? documentAfterOf(doc, source) : null;
  if (document) return { phrase: document, apposition: null };
  if (source && cue.inflection === 'ing' && isObjectBeforeParticiple(doc, source, floor)) return viaClause();
  if (source) return { phrase: locative >= 0 && source.last === k ? { ...source, last: locative } : source, apposition: null };
  return cue.inflection === 'ing' ? viaClause() : null;
}
