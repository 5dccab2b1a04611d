/**
 * An indirect content cut short of a quotation it runs into is kept as a statement of its own when the words
 * before the quotation are long enough (statements.ts, removeOverlaps). But when those words end on one that
 * leaves the clause open, the quotation completes the same clause, and the whole is one mixed statement whose
 * text is the quoted fragment: "said the report of the minister's visit was "another fake"", "said the regulations
 * for the banking sector were "unworkable"", "decided to give the money to charity after, "supporters began …"".
 * ("the report of Trump disclosing classified material was "…"": "disclosing", a cue inside the content far from
 * the quotation, does not make the words before it a clause.)
 */
import type { Doc } from '../doc';
import { WORD } from '../text/tokenTable';
import type { Draft } from './drafts';

/** Words after which a clause cannot end: "be"/"have", modals, prepositions, articles, subordinators. */
const OPEN_WORDS = new Set([
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', 'has', 'have', 'had', 'will', 'would', 'could', 'can', 'may', 'might', 'should', 'must', 'shall',
  'to', 'that', 'of', 'in', 'on', 'at', 'for', 'with', 'by', 'from', 'as', 'after', 'before', 'about', 'into', 'than', 'like', 'because', 'while', 'although', 'though',
  'a', 'an', 'the', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'not', 'very', 'so', 'too', 'more', 'most', 'less', 'least', 'remain', 'remains', 'remained', 'become', 'became', 'becomes', 'seem', 'seems', 'seemed',
]);

/** Participles of saying whose object the quotation is ("… yelling at voters saying "Vote for me""). */
const SAYING = new Set(['saying', 'telling', 'asking', 'declaring', 'shouting', 'chanting', 'writing']);
/** Subordinators that open a clause needing a main clause after its comma ("no matter what …, "…""). */
const SUBORDINATORS = new Set(['if', 'when', 'although', 'though', 'because', 'unless', 'while', 'once', 'whenever', 'whatever']);

/** Whether the last word before the quotation's opening token `open` (within the content from `start`) leaves its clause open. */
function endsOpen(doc: Doc, start: number, open: number): boolean {
  const { lower, kind } = doc.tokens;
  let k = open - 1;
  while (k >= 0 && k >= open - 3 && kind[k] !== WORD) k--;
  if (k >= 0 && kind[k] === WORD && doc.tokens.start[k] >= start && (OPEN_WORDS.has(lower[k]) || SAYING.has(lower[k]))) return true;
  // "says no matter what the council does, "the plan stands"": a subordinate clause and its comma, the
  // quotation its main clause.
  const first = tokenAtOffset(doc, start, open);
  const opener = lower[first] === 'no' && lower[first + 1] === 'matter' ? first + 2 : first;
  return (opener > first || SUBORDINATORS.has(lower[first])) && lower[open - 1] === ',' && !hasComma(doc, opener, open - 1);
}

/** The first token at or after UTF-16 offset `start`, searching back from token `open`. */
function tokenAtOffset(doc: Doc, start: number, open: number): number {
  let k = open;
  while (k > 0 && doc.tokens.start[k - 1] >= start) k--;
  return k;
}

/** Whether a comma stands among tokens [from, to). */
function hasComma(doc: Doc, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (doc.tokens.lower[k] === ',') return true;
  return false;
}

/** Whether only spaces and commas stand between offsets `from` and `to`. */
function onlyCommas(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text[i] !== ',' && !/\s/.test(text[i])) return false;
  return true;
}

/** Tokens a cue inside the content may stand before the quotation and still take it ("he describes as "…""). */
const INNER_CUE_REACH = 2;

/**
 * Whether the quotation draft `d` completes the indirect draft `prev` (see the file's comment), whose words before
 * it end at `cutEnd`. Not when the content runs on after the quotation ("saw as a "provocative" move, …"), nor a
 * conjunct ("…, and that "…""), nor the quotation of a cue inside the content, right before it ("whereby …, in
 * what he describes as "a systemic problem"": his words, not the outer source's).
 */
export function completesContent(doc: Doc, prev: Draft, d: Draft, cutEnd: number): boolean {
  if (!d.quote || d.kind !== 'mixed' || !prev.cue || /[\p{L}\p{N}]/u.test(doc.text.slice(d.end, Math.max(d.end, prev.end)))) return false;
  const q = d.quote;
  if (!onlyCommas(doc.text, cutEnd, q.open.start) || !endsOpen(doc, prev.start, q.openTok)) return false;
  const { lower } = doc.tokens;
  const before = lower[q.openTok - 1] === ',' ? q.openTok - 2 : q.openTok - 1;
  if (lower[before] === 'that' && /^(?:and|or|but)$/.test(lower[before - 1] === ',' ? lower[before - 2] ?? '' : lower[before - 1] ?? '')) return false;
  const inner = d.cue !== null && d.cue.start >= prev.start && d.cue.lastTok < q.openTok && d.cue.lastTok >= q.openTok - 1 - INNER_CUE_REACH;
  return !inner;
}

/** Tokens between the comma and the inner cue ("…, in what one captain describes as"). */
const MAX_INNER_FRAME = 6;

/**
 * "fatigue is part of a wider problem, in what one captain describes as "a slow crisis"": the words of a cue
 * inside the content, set off by a comma, introduce that cue's own quotation; the content ends before the comma.
 * The new end offset, or `cutEnd` unchanged.
 */
export function endBeforeInnerCue(doc: Doc, prev: Draft, d: Draft, cutEnd: number): number {
  if (!d.quote || !d.cue || d.cue.start < prev.start || d.cue.lastTok >= d.quote.openTok || d.cue.lastTok < d.quote.openTok - 1 - INNER_CUE_REACH) return cutEnd;
  const { lower, start } = doc.tokens;
  for (let k = d.cue.firstTok - 1; k >= 0 && k >= d.cue.firstTok - MAX_INNER_FRAME && start[k] > prev.start; k--) {
    if (lower[k] === ',') return Math.min(cutEnd, doc.tokens.end[k - 1]);
    if (lower[k] === '.' || lower[k] === ';') return cutEnd;
  }
  return cutEnd;
}
