/**
 * Where a reported clause goes on or stops, beyond the plain sentence end:
 *   - an insertion does not end it: a bracket ("has confirmed that near-Earth asteroid (29075) 1950 DA is
 *     held together …") or a pair of dashes ("said officials had upgraded the crisis — the level of
 *     Chernobyl — because of …"); a lone dash still does;
 *   - a coordinated clause that hedges in the reporter's voice ends it: "Officials have denied reports he is
 *     unwell, and he is thought to be at his home" (passive "is thought / believed / understood");
 *   - so does the reporter's aside after a comma: "The paper reported five arrests were made, likely for
 *     possession", "estimated 200 attended, compared to 700 who signed up", "counted 116 injured, up from 70".
 */
import type { Doc } from '../doc';
import { WORD } from '../text/tokenTable';
import cues from '../data/cues.json';

const DASHES = new Set(['—', '–', '--']);
const MAX_INSERTION = 25;
const BE = new Set(['is', 'are', 'was', 'were', "'s"]);
/** Passive participles of belief and hearsay: "he is thought to be", "it is understood that". */
const HEDGES = new Set(['thought', 'believed', 'understood', 'said', 'reported', 'expected', 'alleged', 'rumoured', 'rumored', 'feared', 'estimated', 'known', 'presumed', 'suspected', 'reckoned']);

/**
 * Whether token `k` is a dash between words: "—", "–", the typed double hyphen "--" (one token: text/tokens.ts;
 * "a rift exists -- mainly over taxes -- and …"), or a hyphen with spaces on both sides.
 */
export function isDash(doc: Doc, k: number): boolean {
  const { lower, start, end } = doc.tokens;
  if (DASHES.has(lower[k])) return true;
  return lower[k] === '-' && start[k] > end[k - 1] && start[k + 1] > end[k];
}

/**
 * The token closing an insertion opened at token `open` ("(" or a dash), when more of the sentence follows
 * it; else -1. A dash closed by nothing ("… said the talks failed — a setback.") opens no insertion.
 */
export function insertionClose(doc: Doc, open: number): number {
  const { lower, sent, kind } = doc.tokens;
  const bracket = lower[open] === '(';
  if (!bracket && !isDash(doc, open)) return -1;
  for (let k = open + 1; k < doc.tokens.length && k <= open + MAX_INSERTION && sent[k] === sent[open]; k++) {
    if (bracket ? lower[k] !== ')' : !isDash(doc, k)) continue;
    // "… two feet (about 0.6 m), were found": a comma may follow the bracket inside a parenthesis of the subject.
    const next = bracket && lower[k + 1] === ',' ? k + 2 : k + 1;
    return k > open + 1 && kind[next] === WORD && sent[next] === sent[open] ? k : -1;
  }
  return -1;
}

/**
 * Whether the words from token `k` (after ", and" / ", but") open a clause hedged in the reporter's voice:
 * a short subject, a form of "be" and a participle of belief ("and he is thought to be residing …").
 */
export function hedgedCoordinate(doc: Doc, k: number): boolean {
  const { lower, kind } = doc.tokens;
  if (lower[k] === ',') k++;
  if (lower[k] === 'and' || lower[k] === 'but') k++;
  for (let j = k + 1; j <= k + 5 && j + 1 < doc.tokens.length; j++) {
    if (kind[j] !== WORD) return false;
    if (BE.has(lower[j])) return HEDGES.has(lower[j + 1]) && (lower[j + 2] === 'to' || lower[j + 2] === 'that');
  }
  return false;
}

const COORDINATORS = new Set(['and', 'but', 'while', 'yet', 'although', 'though']);

/**
 * The last token of a phrase content (a gerund or noun phrase, not a clause) running from `from` to `last`:
 * it cannot take in a coordinated clause with its own subject. "The army has denied using live ammunition,
 * but several people suffered gunshot wounds" reports only "using live ammunition"; "denied taking bribes,
 * and lying to the police" keeps its second gerund.
 */
export function phraseContentEnd(doc: Doc, from: number, last: number, isClause: (a: number, b: number) => boolean): number {
  const lower = doc.tokens.lower;
  for (let k = from + 1; k < last - 1; k++) {
    if (newClauseAt(doc, k, last, isClause)) return k - 1;
    if (lower[k] !== ',' || !COORDINATORS.has(lower[k + 1]) || lower[k + 2].endsWith('ing')) continue;
    if (isClause(k + 2, last)) return k - 1;
  }
  return last;
}

const SUBJECT_OPENERS = new Set(['the', 'a', 'an', 'this', 'these', 'those', 'his', 'her', 'its', 'their', 'our', 'he', 'she', 'they', 'it', 'we', 'i', 'there', 'many', 'some', 'most']);

/**
 * Whether a new clause with a subject of its own starts at token `k` after a phrase content: "promised a
 * security force but the remote location would make it impossible", "expressed interest in the seat, Markey
 * is the only candidate". A phrase is no clause, so a clause after it is not part of it.
 */
export function newClauseAt(doc: Doc, k: number, last: number, isClause: (a: number, b: number) => boolean): boolean {
  const { lower, cap, kind } = doc.tokens;
  let j = k;
  if (lower[j] === ',') j++;
  if (lower[j] === 'and' || lower[j] === 'but') j++;
  if (j === k || j > last || kind[j] !== WORD) return false;
  if (!SUBJECT_OPENERS.has(lower[j]) && cap[j] !== 1) return false;
  return isClause(j, last);
}

const INDEFINITE = new Set(['a', 'an']);

/**
 * After "According to Daniel Scheeres," the token where the content starts, past an appositive describing
 * the source ("an aerospace engineer at the University of Colorado, Boulder,"): a phrase opened by "a"/"an"
 * and closed by a comma, and a place name completing its institution. `k` is the token after the comma.
 */
export function pastIndefiniteAppositive(doc: Doc, k: number, phraseAt: (t: number) => { first: number; last: number } | null): number {
  const { lower, cap, kind, sent } = doc.tokens;
  if (!INDEFINITE.has(lower[k])) return k;
  const appositive = phraseAt(k);
  if (!appositive || lower[appositive.last + 1] !== ',') return k;
  let next = appositive.last + 2;
  // "the University of Colorado, Boulder,": a capitalised word between commas completes the institution.
  if (cap[appositive.last] === 1 && cap[next] === 1 && kind[next] === WORD && lower[next + 1] === ',' && sent[next + 2] === sent[k]) next += 2;
  return next;
}

const ASIDES: readonly string[][] = cues.writerAsides.map((a) => a.split(' '));

/** Whether the words from token `k` (after a comma) open an aside in the reporter's voice. */
export function writerAside(doc: Doc, k: number): boolean {
  const lower = doc.tokens.lower;
  return ASIDES.some((words) => words.every((w, j) => lower[k + j] === w));
}

/** The last token before the first comma in (first, last], or `last` ("his statement that X, and his refusal …"). */
export function lastBeforeComma(doc: Doc, first: number, last: number): number {
  for (let k = first + 1; k <= last; k++) if (doc.tokens.lower[k] === ',') return k - 1;
  return last;
}

/** The first comma from token `from` within `reach` tokens of sentence `sent`, or -1. */
export function nextComma(doc: Doc, from: number, sent: number, reach = 15): number {
  const tokens = doc.tokens;
  for (let k = from; k < from + reach && k < tokens.length && tokens.sent[k] === sent; k++) if (tokens.lower[k] === ',') return k;
  return -1;
}
