/**
 * "…boats of migrants which, according to AFP, the UN has criticised." · "Trump met the envoys and, according
 * to the Post, told them about a plot …": "according to X" set in commas right after a relative pronoun or a
 * conjunction. The words before it cannot be the content (they end on a word that opens a clause, not one that
 * closes it), so the content is the clause after the source, as after a fronted adverbial (frontedAdverbial.ts).
 */
import type { Doc } from '../doc';

/** Words that leave their clause open: relatives and conjunctions. */
const OPENING_LINKS = new Set(['which', 'who', 'whom', 'where', 'and', 'but', 'or', 'while', 'whereas']);

/**
 * Whether token `before` (the last word before "according to"'s comma) leaves its clause open, and the
 * source's comma follows at `after` (not "and, according to reports first from the Post, told …", where
 * the source phrase read is shorter than the source).
 */
export function endsOnLink(doc: Doc, before: number, after: number): boolean {
  return OPENING_LINKS.has(doc.tokens.lower[before]) && doc.tokens.lower[before + 1] === ',' && doc.tokens.lower[after] === ',';
}
