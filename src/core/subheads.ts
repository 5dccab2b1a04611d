/**
 * Subheads in Title Case: a body paragraph of one line with no stop, nearly every longer word capitalised,
 * as live blogs title their posts ("Mayor Says The Bridge Will Open In May"). It is read like a Title Case
 * headline (cues/titleCaseHeadline.ts): its capitalised -s verb is the cue ("Says").
 */
import type { Doc } from './doc';
import { isTitleCased } from './text/titleCase';

/** A subhead has at most this many tokens. */
const MAX_TOKENS = 24;

const memo = new WeakMap<Doc, Map<number, boolean>>();

/** Whether body paragraph `para` is a Title Case subhead. */
export function isTitleCaseSubhead(doc: Doc, para: number): boolean {
  let known = memo.get(doc);
  if (!known) memo.set(doc, (known = new Map()));
  const hit = known.get(para);
  if (hit !== undefined) return hit;
  const result = readSubhead(doc, para);
  known.set(para, result);
  return result;
}

function readSubhead(doc: Doc, para: number): boolean {
  const p = doc.layout.paragraphs[para];
  if (!p || p.end - p.start > 200) return false;
  for (let i = p.start; i < p.end; i++) if (doc.text.charCodeAt(i) === 10) return false;
  const last = doc.text[p.end - 1];
  if (last === '.' || last === '!' || last === '?' || last === ':' || last === ',') return false;
  const { start } = doc.tokens;
  // The paragraph's first token: tokens are in text order, so a binary search finds it.
  let lo = 0;
  let hi = doc.tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (start[mid] < p.start) lo = mid + 1;
    else hi = mid;
  }
  // Its end, reading one token past MAX_TOKENS at most: a longer paragraph is no subhead.
  let end = lo;
  while (end < doc.tokens.length && start[end] < p.end && end - lo <= MAX_TOKENS) end++;
  return end - lo <= MAX_TOKENS && isTitleCased(doc, lo, end);
}
