/**
 * What may trail the source of "according to" before its content or the sentence's end: an apposition ("…,
 * according to officials in Ankara, the capital."), a relative clause ("According to officials who spoke on
 * condition of anonymity, the …"), a post-modifier ("According to the officer in charge of the base that night,
 * …") or, after its comma, the content's own subject with an age ("According to police, a man, 45, was …").
 * Kept apart from accordingContent.ts, which decides where the content lies once these are skipped.
 */
import type { Doc } from '../doc';
import { WORD } from '../text/tokenTable';
import { isClause } from './clause';
import { WH_RELATIVES } from '../mentions/lexicon';

/** Words that make the stretch after the source's comma a clause, not an apposition. */
const APPOSITION_BREAKERS = /^(?:is|are|was|were|has|have|had|will|would|can|could|may|said|says|who|which|that|and|but)$/;

/** Most tokens from the source's comma to the sentence's stop for an apposition (", the capital."). */
const MAX_APPOSITION = 7;

/** "… 60 injured according to officials in Ankara, the capital.": an apposition to the source ends the sentence. */
export function appositionCloses(doc: Doc, comma: number, b: number): boolean {
  const { lower, kind, cap } = doc.tokens;
  if (lower[comma] !== ',' || !/^[.!?]$/.test(lower[b]) || b - comma < 2 || b - comma > MAX_APPOSITION) return false;
  if (!/^(?:the|a|an)$/.test(lower[comma + 1]) && cap[comma + 1] !== 1) return false;
  for (let k = comma + 1; k < b; k++) if (kind[k] !== WORD || APPOSITION_BREAKERS.test(lower[k])) return false;
  // "…, according to a police timeline, the guards left for the compound.": a clause, not an apposition.
  return !isClause(doc, comma + 1, b - 1);
}

/** ", 45," after a noun phrase: a person's age between commas. */
export function agedSubject(doc: Doc, comma: number): boolean {
  const { lower } = doc.tokens;
  return lower[comma] === ',' && /^\d{1,3}$/.test(lower[comma + 1] ?? '') && lower[comma + 2] === ',';
}

/** Longest relative clause read between the source and its comma. */
const MAX_RELATIVE = 20;

/** The comma after a relative clause opening at token `k` right after the source, or `k`. */
export function afterSourceRelative(doc: Doc, k: number, b: number): number {
  const { lower } = doc.tokens;
  if (!WH_RELATIVES.has(lower[k] ?? '')) return k;
  for (let c = k + 1; c < b && c <= k + MAX_RELATIVE; c++) if (lower[c] === ',') return c;
  return k;
}

/** Prepositions opening a post-modifier of the source ("the officer in charge of …", "a spokesman for …"). */
const MODIFIER_PREPOSITIONS = new Set(['in', 'of', 'for', 'at', 'from', 'with', 'on', 'close', 'familiar']);
/** Longest post-modifier read between an opening source and its comma. */
const MAX_MODIFIER = 15;

/** The comma closing a post-modifier that opens at token `k` after a sentence-opening source, when a clause follows it; else `k`. */
export function afterSourceModifier(doc: Doc, k: number, b: number): number {
  const { lower, kind } = doc.tokens;
  if (!MODIFIER_PREPOSITIONS.has(lower[k] ?? '')) return k;
  for (let c = k + 1; c < b && c <= k + MAX_MODIFIER; c++) {
    if (lower[c] === ',') return isClause(doc, c + 1, b) ? c : k;
    if (kind[c] !== WORD) return k;
  }
  return k;
}
