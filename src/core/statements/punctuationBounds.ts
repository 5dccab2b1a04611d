/**
 * Punctuation inside or after a content clause that annotators read differently from a plain stopper:
 *   - a bracket closing the sentence glosses the content's last words and belongs to it: "complained of
 *     theft (vol), not rape (viol).", "struck 308 miles (495 km)." (clauseEnd.ts stops at other brackets
 *     unless they are an insertion, see clauseBounds.ts, and at an adjunct: "went to the regulator (in May).");
 *   - a lone dash before an approximator or a preposition goes on with the content: "noticed a drop in its
 *     brightness — about 0.5%", "was motivated to keep the peace — by protecting other troops"; a dash before
 *     the reporter's noun phrase still ends it ("said the talks failed — a setback");
 *   - a colon before a capitalised function word opens a sentence of the reporter's: "said other factors
 *     aggravated the case: In particular, he was …"; a list after a colon stays ("five layers: copper …");
 *   - a semicolon ends the content unless a second that-clause follows ("argued that the regime was weak; that
 *     its army could not hold", not "…; that was expected"), or a fronted "According to X," holds the whole
 *     sentence: "According to the observatory, the quake struck at a depth of 5 km; the epicentre was near
 *     Kovan." (after "said", the clause after a semicolon is mostly the reporter's: "said two men were
 *     arrested; both were released").
 */
import type { Doc } from '../doc';
import { DETERMINERS, isStopWord, SENTENCE_ADVERBS } from '../mentions/lexicon';
import { WORD } from '../text/tokenTable';
import { sourceThenCue } from './clauseShapes';
import { writerAside } from './clauseBounds';
import { AUX } from './verbWords';

const MAX_GLOSS = 12;
/** How far back from the content the sentence's "According to" may stand (its source and the comma). */
const MAX_FRONTED = 16;
/** Prepositions that open a sentence ("In particular, …", "For now, …"). */
const OPENING_PREPOSITIONS = new Set(['in', 'on', 'at', 'for', 'of', 'as', 'by', 'from']);
const DASH_CONTINUERS = new Set(['about', 'around', 'nearly', 'almost', 'roughly', 'approximately', 'by', 'including', 'mostly', 'mainly', 'chiefly', 'especially', 'particularly']);

/** The ")" of a bracket opened at token `open` that closes the sentence (only its period after), or -1. */
export function closingGloss(doc: Doc, open: number): number {
  const { lower, sent } = doc.tokens;
  // "went to the regulator (in May).": a bracket opening with a preposition is an adjunct, which still ends it.
  const first = lower[open + 1] ?? '';
  if (lower[open] !== '(' || isStopWord(first) || DETERMINERS.has(first) || OPENING_PREPOSITIONS.has(first)) return -1;
  for (let k = open + 2; k <= open + MAX_GLOSS && k < doc.tokens.length && sent[k] === sent[open]; k++) {
    if (lower[k] === '(') return -1;
    if (lower[k] !== ')') continue;
    const after = k + 1;
    return after >= doc.tokens.length || sent[after] !== sent[open] || (/^[.!?]$/.test(lower[after]) && (after + 1 >= doc.tokens.length || sent[after + 1] !== sent[open])) ? k : -1;
  }
  return -1;
}

/** Whether the lone dash at token `dash` goes on with the content ("— about 0.5%", "— by protecting …"). */
export function dashContinues(doc: Doc, dash: number): boolean {
  return DASH_CONTINUERS.has(doc.tokens.lower[dash + 1]);
}

/** Whether the colon at token `colon` opens a sentence of its own ("…: In particular, he was …"). */
export function colonOpensSentence(doc: Doc, colon: number): boolean {
  const { lower, cap } = doc.tokens;
  const next = lower[colon + 1] ?? '';
  if (lower[colon] !== ':' || cap[colon + 1] !== 1) return false;
  // "…from all sides: Howard Stern, in 2013, questioned …": a name opening a clause of its own after the colon.
  return isStopWord(next) || DETERMINERS.has(next) || OPENING_PREPOSITIONS.has(next) || namedClause(doc, colon + 1);
}

/** Whether a capitalised name at `first` is the subject of a past verb within six words (a parenthesis between). */
function namedClause(doc: Doc, first: number): boolean {
  const { lower, kind, cap, sent } = doc.tokens;
  let k = first;
  while (cap[k] === 1 && kind[k] === WORD && sent[k] === sent[first] && k < first + 4) k++;
  if (lower[k] === ',') {
    let close = k + 1;
    while (close <= k + 6 && lower[close] !== ',') close++;
    if (close > k + 6) return false;
    k = close + 1;
  }
  return kind[k] === WORD && sent[k] === sent[first] && cap[k] !== 1 && /^[a-z]{3,}ed$/.test(lower[k]);
}

/**
 * Whether the content clause from token `from` runs on over the semicolon at token `semi`: before a second
 * that-clause, or after a sentence-opening "According to X," unless a source and its cue, the reporter's aside
 * or the reporter's "however" / "meanwhile" / "but" follows ("…; however, the …").
 */
export function semicolonContinues(doc: Doc, from: number, semi: number, isCueAt: (tok: number) => boolean): boolean {
  const { lower, kind } = doc.tokens;
  if (lower[semi] !== ';' || kind[semi + 1] !== WORD) return false;
  // Not "…; that was expected": a demonstrative before its verb is the reporter's.
  if (lower[semi + 1] === 'that') return kind[semi + 2] === WORD && !AUX.has(lower[semi + 2]) && lower[semi + 2] !== 'means';
  return !sourceThenCue(doc, semi + 1, isCueAt) && !writerAside(doc, semi + 1) && frontedAt(doc, from, semi);
}

/** Whether the content from token `from` follows a sentence-opening "According to X," (not before "however"). */
function frontedAt(doc: Doc, from: number, semi: number): boolean {
  const { lower, sent } = doc.tokens;
  if (lower[from - 1] !== ',' || SENTENCE_ADVERBS.has(lower[semi + 1]) || lower[semi + 1] === 'but') return false;
  let first = from - 1;
  while (first > 0 && first > from - MAX_FRONTED && sent[first - 1] === sent[from]) first--;
  return (first === 0 || sent[first - 1] !== sent[from]) && lower[first] === 'according' && lower[first + 1] === 'to';
}
