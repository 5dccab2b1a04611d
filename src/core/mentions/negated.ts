/**
 * "However, no other secretary of state had such a server. "…," she said.": a noun phrase under "no" names no
 * one, so it is no mention a later pronoun could take up (mentions.ts). Not "neither": "neither Ann Ruiz nor
 * Tom Baker" names two people.
 */
import type { Doc } from '../doc';
import type { Phrase } from './np';

const NEGATIVE = new Set(['no']);

export function isNegatedPhrase(doc: Doc, p: Phrase): boolean {
  const { lower, sent } = doc.tokens;
  const before = p.first - 1;
  return NEGATIVE.has(lower[p.first]) || (before >= 0 && sent[before] === sent[p.first] && NEGATIVE.has(lower[before]));
}
