/**
 * "However, no other secretary of state had such a server. "…," she said.": a noun phrase under "no" names no
 * one, so it is no mention a later pronoun could take up (mentions.ts). Not "neither": "neither Ann Ruiz nor
 * Tom Baker" names two people.
 */
import type { Doc } from '../doc';
import type { Phrase } from './np';

/** Whether phrase `p` opens with "no" or stands right after it in its sentence. */
export function isNegatedPhrase(doc: Doc, p: Phrase): boolean {
  const { lower, sent } = doc.tokens;
  const before = p.first - 1;
  return lower[p.first] === 'no' || (before >= 0 && sent[before] === sent[p.first] && lower[before] === 'no');
}
