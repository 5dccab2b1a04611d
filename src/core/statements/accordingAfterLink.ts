/**
 * "…boats of migrants which, according to AFP, the UN has criticised." · "Trump met the envoys and, according
 * to the Post, told them about a plot …": "according to X" set in commas right after a relative pronoun or a
 * conjunction. The words before it cannot be the content (they end on a word that opens a clause, not one that
 * closes it), so the content is the clause after the source, as after a fronted adverbial (frontedAdverbial.ts).
 */
import type { Doc } from '../doc';

/** Words that leave their clause open: relatives and conjunctions ("told him that, according to X, …"). */
const OPENING_LINKS = new Set(['which', 'who', 'whom', 'where', 'and', 'but', 'or', 'while', 'whereas', 'that']);

/** Words the source phrase may run on over before its comma ("reports first from the Washington Post,"). */
const MAX_SOURCE_TAIL = 8;

/**
 * Whether token `before` (the last word before "according to"'s comma) leaves its clause open, and the
 * source's comma follows at `after` or within a few words after it, the rest of the source phrase
 * ("and, according to reports first from the Post, told …").
 */
export function endsOnLink(doc: Doc, before: number, after: number): boolean {
  return linkComma(doc, before, after) >= 0;
}

/** The comma closing the source after an opening link (see endsOnLink), or -1. */
export function linkComma(doc: Doc, before: number, after: number): number {
  const { lower, sent } = doc.tokens;
  if (!OPENING_LINKS.has(lower[before]) || lower[before + 1] !== ',') return -1;
  for (let k = after; k <= after + MAX_SOURCE_TAIL && k < lower.length && sent[k] === sent[before]; k++) {
    if (lower[k] === ',') return k;
    if (lower[k] === '.' || lower[k] === ';' || lower[k] === ':') return -1;
  }
  return -1;
}
