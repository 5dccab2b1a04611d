/**
 * A reporting clause set inside the reported one, between its subject and its verb: "Prosecutors, he said,
 * had always suspected others." The whole sentence is the statement (its words around the parenthesis
 * are the content); the parenthesis names the source.
 */
import type { CueSpan } from '../cues';
import type { Doc } from '../doc';
import { WORD } from '../text/tokenTable';
import { clauseEnd, isClause } from './clause';

const AUX = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'could', 'should', 'can', 'may', 'might', 'must', 'did', 'does', 'do']);
const MAX_SOURCE = 5;

/** The content of a cue standing in a parenthesis after the sentence's subject, or null. */
export function parentheticalContent(doc: Doc, cue: CueSpan, a: number, isCueAt: (t: number) => boolean): { first: number; last: number } | null {
  const { lower, kind } = doc.tokens;
  const after = cue.lastTok + 1;
  if (lower[after] !== ',' || !(AUX.has(lower[after + 1]) || /ed$/.test(lower[after + 1] ?? ''))) return null;
  let open = cue.firstTok - 1;
  while (open > a && open >= cue.firstTok - MAX_SOURCE && kind[open] === WORD) open--;
  // The subject before the parenthesis is a noun phrase, not a clause of its own ("The plan failed, he said, …").
  if (lower[open] !== ',' || open === cue.firstTok - 1 || open - a < 1 || isClause(doc, a, open - 1)) return null;
  for (let k = a; k < open; k++) if (isCueAt(k) || kind[k] !== WORD) return null;
  const last = clauseEnd(doc, after + 1, isCueAt);
  return last > after + 1 ? { first: a, last } : null;
}
