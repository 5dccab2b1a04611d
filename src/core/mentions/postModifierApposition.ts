/**
 * "The judge overseeing the trial, Ann Holm, ruled …", "The head of the inquiry, Tom Baird, said …": a
 * description opening its sentence may carry a short post-modifier (a participle or a preposition and a few
 * words) before the comma of its apposition; the name after that comma is the same person.
 */
import type { Doc } from '../doc';
import type { Phrase } from './np';
import { isStopWord } from './lexicon';
import { WORD } from '../text/tokenTable';

const MODIFIER_PREPOSITIONS = new Set(['in', 'of', 'for', 'at', 'on', 'from', 'with', 'behind']);
const MAX_MODIFIER = 6;
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their']);

/** The token after the comma closing such a post-modifier, where the apposition starts; else -1. */
export function afterPostModifier(doc: Doc, p: Phrase): number {
  const { lower, kind, cap, sent } = doc.tokens;
  const k = p.last + 1;
  if (doc.sentStart[p.first] !== p.first || kind[k] !== WORD || cap[k] === 1) return -1;
  if (!MODIFIER_PREPOSITIONS.has(lower[k]) && !(lower[k].endsWith('ing') && lower[k].length > 5)) return -1;
  for (let j = k + 1; j <= k + MAX_MODIFIER && sent[j] === sent[k]; j++) {
    // A punctuation token's `lower` is the mark itself; the apposition must be a capitalised name.
    if (lower[j] === ',') return j > k + 1 && cap[j + 1] === 1 && kind[j + 1] === WORD ? j + 1 : -1;
    // "A spokesman for the airline, Ben Ortiz, …": a determiner may open the modifier's noun phrase.
    if (kind[j] !== WORD || (isStopWord(lower[j]) && cap[j] !== 1 && !(j === k + 1 && DETERMINERS.has(lower[j])))) return -1;
  }
  return -1;
}
