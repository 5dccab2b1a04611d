/**
 * Whether a cue inside the content of "according to X" carries a statement of its own, which is then the one
 * to report ("According to the Herald, Professor Burrows said the school …"): a cue with a clause after it,
 * not a participle after a comma ("…, mentioning Stevie Wonder") nor a verb with a noun object ("Intel has
 * maintained its monopoly").
 */
import type { Doc } from '../doc';
import { WORD } from '../text/tokenTable';
import { isClause } from './clause';
import { CLAUSE_BLOCKING_PREPOSITIONS, clauseAfterAdjunct } from './contentStart';

/** Whether the cue at token `j` has a clause after it ("said the school would close", not "maintained its monopoly"). */
export function reportsClause(doc: Doc, j: number, b: number): boolean {
  const next = doc.tokens.lower[j + 1];
  // "According to the party, 60 activists protested in the Amazon against the visit …": after a preposition,
  // only a short adjunct and then a clause ("said in a statement the plant …") or "that" make it a report.
  // (A capitalised word after the preposition's noun is a place, and a phrase after another preposition its
  // object, not a subject: "in the Amazon against the visit …".)
  // Not "as confirmed by the JFTC in Japan, Intel has paid …": an agent, or an adjunct closed by its comma.
  const closer = CLAUSE_BLOCKING_PREPOSITIONS.has(next) && next !== 'by' ? adjunctCloser(doc, j + 2, b) : ',';
  if (closer === 'that') return true;
  if (closer === '') { const c = clauseAfterAdjunct(doc, j + 1, b); return c >= 0 && doc.tokens.cap[c] !== 1 && !CLAUSE_BLOCKING_PREPOSITIONS.has(doc.tokens.lower[c - 1]); }
  return next === 'that' || next === ',' || next === ':' || doc.tokens.kind[j + 1] !== WORD || isClause(doc, j + 1, b);
}

/** "that" or "," when one closes a short adjunct from token `k` ("said in a statement on Monday that …"), else "". */
function adjunctCloser(doc: Doc, k: number, b: number): string {
  for (let t = k; t <= b && t <= k + 6; t++) if (doc.tokens.lower[t] === 'that' || doc.tokens.lower[t] === ',') return doc.tokens.lower[t];
  return '';
}

/** A participle right after a comma: "…, she was working on an album, mentioning Stevie Wonder". */
export function participleAfterComma(doc: Doc, j: number): boolean {
  return doc.tokens.lower[j - 1] === ',' && doc.tokens.lower[j].endsWith('ing');
}
