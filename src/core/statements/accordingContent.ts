/**
 * The content of "according to X" (and "in the words of X"): the clause before the cue ("The toll rose to 45,
 * according to officials."), or the one after the source ("According to the Herald, the school will close").
 */
import type { CueSpan } from '../cues';
import type { Doc } from '../doc';
import { phraseStartingAt } from '../mentions/np';
import { isClause } from './clause';
import { clauseEnd } from './clauseEnd';
import { pastIndefiniteAppositive } from './clauseBounds';
import { thatRelativeEnd } from './accordingRelative';
import { accordingSource, afterSourceTime } from './accordingSource';
import { parenthesisCloses } from './accordingStudy';
import { isFrontedAdverbial } from './frontedAdverbial';
import { PUNCT, WORD } from '../text/tokenTable';
import { timePhraseEnd } from './timeAdjunct';
import { COMMON_VERBS, FINITE_AUXILIARIES_AND_DO, IRREGULAR_PAST } from './verbWords';
import { resumingVerb } from './resumingVerb';
import { endsOnLink, linkComma } from './accordingAfterLink';
import type { Content } from './content';
import { participleAfterComma, reportsClause } from './accordingInnerCue';
import { afterSourceModifier, afterSourceRelative, agedSubject, appositionCloses } from './sourceTrail';

/** Words that open no main clause right after the source: a relative, a preposition, a conjunction. */
const NOT_SUBJECT = new Set(['who', 'which', 'that', 'whose', 'whom', 'where', 'when', 'in', 'on', 'at', 'of', 'for', 'from', 'by', 'with', 'to', 'and', 'or', 'but', 'as', 'after', 'before', 'during', 'since', 'while', 'if']);

/** A verb resuming the clause after a parenthesis ("The driver, according to police, was drunk"). */
const PREDICATE = /^(?:is|are|was|were|has|have|had|will|would|could|can|may|might|should|must|did|does|\w+ed)$/;

/** "The tanker, according to the coast guard, ran aground": an irregular past resumes the clause as well. */
function resumesClause(word: string): boolean {
  return PREDICATE.test(word) || IRREGULAR_PAST.has(word) || (COMMON_VERBS.has(word) && !word.endsWith('ing'));
}

/** Prepositions opening an adjunct of place or time after the source: "…, over eastern Ukraine." */
const ADJUNCT_OPENERS = new Set(['over', 'in', 'on', 'at', 'near', 'outside', 'inside', 'across', 'during', 'amid', 'after', 'before', 'following', 'from', 'off', 'along', 'between']);

/** Whether a main clause opens at token `k`, with no comma between it and the source. */
function clauseRightAfter(doc: Doc, k: number, b: number): boolean {
  const { lower, kind } = doc.tokens;
  // Not "According to police last night, two men …": a time phrase and its comma come first.
  return k <= b && kind[k] === WORD && !NOT_SUBJECT.has(lower[k]) && lower[timePhraseEnd(doc, k)] !== ',' && isClause(doc, k, b);
}

/** Words linking a sentence to the one before it, not the source's: "But …, according to experts." */
const OPENING_LINKS = new Set(['but', 'and', 'yet']);
/** Sentence adverbs that link only with their comma ("Still, …"; not "Still unclear is …", "So far, …"). */
const COMMA_LINKS = new Set(['still', 'however']);

/** Token `a`, or the token after an opening link and its comma ("Still, most voters …" → "most voters …"). */
function afterOpeningLink(doc: Doc, a: number, before: number): number {
  const { lower } = doc.tokens;
  if (!OPENING_LINKS.has(lower[a]) && !(COMMA_LINKS.has(lower[a]) && lower[a + 1] === ',')) return a;
  const first = lower[a + 1] === ',' ? a + 2 : a + 1;
  return first < before ? first : a;
}

export function accordingContent(doc: Doc, cue: CueSpan, a: number, b: number, isCueAt: (t: number) => boolean): Content | null {
  const source = accordingSource(doc, cue.lastTok + 1);
  if (!source) return null;
  let before = cue.firstTok - 1;
  while (before >= a && doc.tokens.kind[before] === PUNCT) before--;
  const leading = before - a;
  // "…, according to X." and "… visitors according to the event website.": the content comes first.
  // "…, according to figures released by the bureau on Tuesday.": a time adjunct may close the sentence.
  const closing = afterSourceTime(doc, source.last + 1);
  const endsSentence = source.last >= b || /^[.!?]$/.test(doc.tokens.lower[source.last + 1] ?? '') || /^[.!?]$/.test(doc.tokens.lower[closing] ?? '') || appositionCloses(doc, source.last + 1, b) || parenthesisCloses(doc, source.last + 1, b);
  const fronted = !endsSentence && (isFrontedAdverbial(doc, a, before) || endsOnLink(doc, before, closing));
  const after = source.last + 1;
  // "…, according to Amnesty there may be up to 30 held": a clause straight after the source is the content.
  // (Not after an opening link whose source runs on to its comma: "and, according to reports first published by
  // the Herald, told …".)
  const link = linkComma(doc, before, after);
  // "According to a report that was published on Monday, the mine …": the relative describes the source; a
  // colon after it leaves the source nothing to say in its sentence (accordingRelative.ts). (A stop is left as
  // it was: "According to the mayor that was the end of it." may lack its comma.)
  const relative = leading < 1 ? thatRelativeEnd(doc, after, b) : -1;
  if (relative >= 0 && doc.tokens.lower[relative] === ':') return null;
  if (relative >= 0 && doc.tokens.lower[relative] === ',' && isClause(doc, relative + 1, b)) return { first: relative + 1, last: clauseEnd(doc, relative + 1, isCueAt) };
  if (!endsSentence && link <= after && clauseRightAfter(doc, after, b)) return { first: after, last: clauseEnd(doc, after, isCueAt) };
  const comma = doc.tokens.lower[cue.firstTok - 1] === ',';
  // "The jet was shot down on Thursday according to US officials, over eastern Ukraine.": a clause before,
  // only an adjunct after.
  const adjunctAfter = doc.tokens.lower[after] === ',' && ADJUNCT_OPENERS.has(doc.tokens.lower[after + 1]) && isClause(doc, a, before);
  // "The driver, according to police, was drunk.": a parenthesis after the subject; the whole sentence is reported.
  if (comma && !endsSentence && doc.tokens.lower[after] === ',' && (resumesClause(doc.tokens.lower[after + 1] ?? '') || resumingVerb(doc, after + 1)) && !isClause(doc, a, before)) {
    const last = clauseEnd(doc, after + 1, isCueAt);
    return last > after ? { first: a, last } : null;
  }
  // "About 10:03 p.m., according to a police timeline, the guards left …": no clause before, one after the source.
  const phraseBefore = comma && !endsSentence && doc.tokens.lower[after] === ',' && !isClause(doc, a, before) && isClause(doc, after + 1, b);
  if (leading >= 1 && !fronted && !phraseBefore && (comma || endsSentence || adjunctAfter)) {
    // "Lage said that Castro sends his greetings, according to Prensa Latina": the inner statement is reported.
    for (let j = a; j <= before; j++) if (isCueAt(j) && doc.tokens.kind[j] === WORD && !participleAfterComma(doc, j) && reportsClause(doc, j, before)) return null;
    return { first: afterOpeningLink(doc, a, before), last: before };
  }
  // "As reported in the local press on Monday, the dam …": a time adjunct after the source, then its comma.
  const timed = afterSourceTime(doc, after);
  let k = doc.tokens.lower[timed] === ',' ? timed : link > after ? link : after;
  if (doc.tokens.lower[k] === '(') { while (k <= b && doc.tokens.lower[k] !== ')') k++; k++; }
  // "According to officials who spoke on condition of anonymity, the information …": a relative clause
  // describing the source, without a comma before it, runs to its comma.
  k = afterSourceRelative(doc, k, b);
  // "According to the officer in charge of the base that night, the scene …": the source's post-modifier runs to its comma.
  if (leading < 1) k = afterSourceModifier(doc, k, b);
  if (doc.tokens.lower[k] === ',') {
    k++;
    // "According to the Afghan team's coach, Alireza Mehraban, in their first matchup, …": an apposition.
    const appositive = phraseStartingAt(doc, k);
    // "According to Colonel Dmitri Arkhanov, the commander of the garrison, the shelling …": a description after a name.
    const described = appositive !== null && doc.tokens.cap[source.last] === 1 && /^(?:the|a|an)$/.test(doc.tokens.lower[appositive.first]) && !NOT_SUBJECT.has(doc.tokens.lower[appositive.last + 2]) && isClause(doc, appositive.last + 2, b);
    // "According to police, a man, 45, was arrested": a subject with its age is no apposition to the source.
    const aged = appositive !== null && agedSubject(doc, appositive.last + 1);
    if (!aged && appositive && doc.tokens.lower[appositive.last + 1] === ',' && (doc.tokens.cap[appositive.first] === 1 || described)) k = appositive.last + 2;
    else if (!aged) k = pastIndefiniteAppositive(doc, k, (t) => phraseStartingAt(doc, t));
    // "According to Smith, who chairs the committee, the vote …": a relative clause describing the source.
    if (doc.tokens.lower[k] === 'who' || doc.tokens.lower[k] === 'which') { let c = k + 1; while (c <= b && doc.tokens.lower[c] !== ',') c++; if (c < b) k = c + 1; }
    // "According to X, speaking at a conference, …" skips the participle; "…, understanding such forces may …" is a gerund subject.
    if (doc.tokens.lower[k]?.endsWith('ing')) { let c = k + 1; while (c <= b && doc.tokens.lower[c] !== ',') c++; if (c < b) k = c + 1; }
  }
  if (k > b) return null;
  // "Farmers, 82 percent of whom view the plan unfavorably according to the poll, have a presence …": a cue inside
  // a parenthesis of the subject; after its comma comes the main clause's predicate, which the source did not say.
  if (!comma && leading >= 1 && FINITE_AUXILIARIES_AND_DO.has(doc.tokens.lower[k] ?? '')) return null;
  const last = clauseEnd(doc, k, isCueAt);
  // "According to the Herald, Professor Burrows said …": the inner statement is the one to report.
  // Not a participle after a comma: "…, she was working on an album, mentioning Stevie Wonder" is hers.
  // Nor a cue verb with a noun object: "According to the complaint, Intel has maintained its monopoly by …".
  for (let j = k; j <= Math.min(b, k + 15); j++) if (isCueAt(j) && doc.tokens.kind[j] === WORD && !participleAfterComma(doc, j) && reportsClause(doc, j, b)) return null;
  return last >= k ? { first: k, last } : null;
}
