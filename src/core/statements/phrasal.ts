/**
 * Content that is a phrase rather than a clause:
 *   expressed interest in [buying the plant] · voiced concern about [the cost of the programme]
 *     (an "express" cue and its preposition);
 *   admitted to [being part of the effort] · denied [breaking the law]
 *     (a gerund after a verb of the "gerund" frame: admit, deny, confess…);
 *   vowed [to rebuild the city] · has threatened [to strike] (an infinitive after a verb of the
 *     "infinitive" frame: promise, vow, pledge, threaten…);
 *   media reports range [from 40 to 60 dead] (a verb of the "estimate" frame after a source noun:
 *     "prices range from …" reports nothing).
 */
import type { CueSpan } from '../cues';
import type { Doc } from '../doc';
import { isClause } from './clause';
import { clauseEnd } from './clauseEnd';
import { phraseContentEnd } from './clauseBounds';
import { DETERMINERS } from '../mentions/lexicon';
import { ROLE_WORD, Walk } from '../mentions/npClasses';
import { WORD } from '../text/tokenTable';

export interface PhrasalContent {
  readonly first: number;
  readonly last: number;
}

const EXPRESS_PREPOSITIONS = new Set(['in', 'about', 'over', 'at', 'for', 'with', 'regarding']);
/** Words in -ing that are nouns, not gerunds ("denied nothing", "confirmed the meeting" has its determiner). */
const ING_NOUNS = new Set([
  'nothing', 'something', 'anything', 'everything', 'thing', 'things',
  'king', 'morning', 'evening', 'spring', 'string', 'ring', 'wing', 'during',
]);

function isGerund(word: string | undefined): boolean {
  return word !== undefined && word.length > 4 && word.endsWith('ing') && !ING_NOUNS.has(word);
}

/** Words that open a second predicate of the source after "and" / "but" ("… but has not committed to …"). */
const PREDICATE_OPENERS = new Set([
  'has', 'have', 'had', 'is', 'was', 'were', 'are', 'will', 'would', 'did', 'does',
  'could', 'can', 'should', 'may', 'might', 'also', 'then', 'later',
]);

/** "expressed sympathy for those affected but has not committed to new funding": the phrase ends at "but". */
function beforeSecondPredicate(doc: Doc, from: number, last: number): number {
  const lower = doc.tokens.lower;
  for (let k = from + 1; k < last; k++) {
    if ((lower[k] === 'and' || lower[k] === 'but') && PREDICATE_OPENERS.has(lower[k + 1])) return k - 1;
  }
  return last;
}

/**
 * After "expressed interest in" / "voiced concern about": a gerund ("buying the plant") or a noun phrase of
 * four words or more ("the cost of the programme") says what; "anger at the decision" names only a target.
 */
function reportsContent(doc: Doc, k: number): boolean {
  const { lower, sent, kind } = doc.tokens;
  if (isGerund(lower[k])) return true;
  let words = 0;
  for (let j = k; j < doc.tokens.length && sent[j] === sent[k] && words < 4; j++) if (kind[j] === WORD) words++;
  return words >= 4;
}

const POSSESSIVES = new Set(['his', 'her', 'its', 'their', 'our']);
/** What ends a stance noun phrase when nothing follows it: "expressed his disapproval." */
const PHRASE_ENDS = new Set(['.', ',', ';', ':', 'and', 'but']);

/**
 * "expressed their dissatisfaction with the purging of incentives", "expressed his disapproval": the source's
 * own stance, a possessive and its noun, is what was said, with its preposition's object if any (the
 * annotators mark the whole phrase: 4 of 5 such objects in the development sets). Not before a clause or an
 * infinitive ("voiced its hope that …", "expressed their wish to leave"): that is the content then.
 */
function ownStance(doc: Doc, cue: CueSpan, i: number): boolean {
  const { lower } = doc.tokens;
  // Only "express" and "voice" (not "indicated his support", a conveying verb: s7 clauses).
  if (!/^(?:express|voic)/.test(lower[cue.verbTok]) || !POSSESSIVES.has(lower[cue.verbTok + 1]) || cue.lastTok <= cue.verbTok + 1) return false;
  return EXPRESS_PREPOSITIONS.has(lower[i]) || PHRASE_ENDS.has(lower[i] ?? '.');
}

/** Where a phrase content starts after the cue (`i`: the first token after it), or -1 when there is none. */
function phraseStart(doc: Doc, cue: CueSpan, i: number): number {
  const { lower, cap } = doc.tokens;
  if (cue.kind === 'express' && ownStance(doc, cue, i)) return cue.verbTok + 1;
  if (cue.kind === 'express') return EXPRESS_PREPOSITIONS.has(lower[i]) && reportsContent(doc, i + 1) ? i + 1 : -1;
  if (cue.kind !== 'verb') return -1;
  const afterTo = lower[i] === 'to' ? i + 1 : i;
  if (cue.frames.has('gerund') && isGerund(lower[afterTo])) return afterTo;
  const infinitive = lower[i] === 'to' && cap[i + 1] !== 1 && !DETERMINERS.has(lower[i + 1] ?? '');
  if (cue.frames.has('infinitive') && infinitive) return i;
  // "reports range from …", not "prices range from …": the subject must be a source noun.
  const range = lower[i] === 'from' || lower[i] === 'between';
  if (cue.frames.has('estimate') && range && Walk.of(doc).is(cue.firstTok - 1, ROLE_WORD)) return i;
  return -1;
}

/** The phrase content after the cue, starting at token `i` (the first token after the cue), or null. */
export function phrasalContent(doc: Doc, cue: CueSpan, i: number, b: number, isCueAt: (t: number) => boolean): PhrasalContent | null {
  const from = phraseStart(doc, cue, i);
  if (from < 0 || from > b) return null;
  const clauseLast = clauseEnd(doc, from, isCueAt);
  const last = beforeSecondPredicate(doc, from, phraseContentEnd(doc, from, clauseLast, (a, z) => isClause(doc, a, z)));
  // At least two words: "expressed interest in it" reports nothing.
  return last > from ? { first: from, last } : null;
}
