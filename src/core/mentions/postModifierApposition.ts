/**
 * "The judge overseeing the trial, Ann Holm, ruled …", "The head of the inquiry, Tom Baird, said …": a
 * description opening its sentence may carry a short post-modifier (a participle or a preposition and a few
 * words) before the comma of its apposition; the name after that comma is the same person. So may a short
 * relative clause: "However, an exiled commander who lives in Norway, Tesfay Gebru, is backing the story".
 */
import type { Doc } from '../doc';
import type { Phrase } from './np';
import { isStopWord } from './lexicon';
import { WORD } from '../text/tokenTable';

const MODIFIER_PREPOSITIONS = new Set(['in', 'of', 'for', 'at', 'on', 'from', 'with', 'behind']);
const MAX_MODIFIER = 6;
/** The longest relative clause ("who worked on the project") read as a post-modifier. */
const MAX_RELATIVE = 8;
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their']);

/** The token after the comma closing such a post-modifier, where the apposition starts; else -1. */
export function afterPostModifier(doc: Doc, p: Phrase): number {
  const { lower, kind, cap, sent } = doc.tokens;
  const k = p.last + 1;
  // The phrase opens its sentence, maybe after an opening adverb and its comma ("However, a …").
  const opens = doc.sentStart[p.first] === p.first || (lower[p.first - 1] === ',' && doc.sentStart[p.first - 2] === p.first - 2);
  if (!opens || kind[k] !== WORD || cap[k] === 1) return -1;
  if (lower[k] === 'who') return afterRelative(doc, k);
  if (!MODIFIER_PREPOSITIONS.has(lower[k]) && !(lower[k].endsWith('ing') && lower[k].length > 5)) return -1;
  for (let j = k + 1; j <= k + MAX_MODIFIER && sent[j] === sent[k]; j++) {
    // A punctuation token's `lower` is the mark itself; the apposition must be a capitalised name.
    if (lower[j] === ',') return j > k + 1 && cap[j + 1] === 1 && kind[j + 1] === WORD ? j + 1 : -1;
    // "A spokesman for the airline, Ben Ortiz, …": a determiner may open the modifier's noun phrase.
    if (kind[j] !== WORD || (isStopWord(lower[j]) && cap[j] !== 1 && !(j === k + 1 && DETERMINERS.has(lower[j])))) return -1;
  }
  return -1;
}

/** After "who" at `k`: the token after the comma closing a short relative clause, when a name follows it. */
function afterRelative(doc: Doc, k: number): number {
  const { lower, kind, cap, sent } = doc.tokens;
  for (let j = k + 2; j <= k + MAX_RELATIVE && sent[j] === sent[k]; j++) {
    if (lower[j] === ',') return cap[j + 1] === 1 && kind[j + 1] === WORD ? j + 1 : -1;
    if (kind[j] !== WORD) return -1;
  }
  return -1;
}
