/**
 * A source whose head noun comes before a modifier: "Doctors treating the boy said", "People familiar with
 * the matter said", "sources close to the minister said". The phrase walk back from the cue finds only
 * "the boy" / "the matter"; the source's head is a role or group noun just before a participle, a preposition
 * ("a scientist at the centre"), or an adjective and a preposition, and the whole stretch names the source.
 */
import type { Doc } from '../doc';
import { phraseEndingAt, type Phrase } from '../mentions/np';
import { ROLE_WORD, Walk } from '../mentions/npClasses';
import { isStopWord } from '../mentions/lexicon';
import { WORD } from '../text/tokenTable';

const LINKS = new Set(['with', 'to', 'in', 'on', 'at', 'for', 'from', 'about', 'near', 'inside', 'within']);

export function withPostModifier(doc: Doc, p: Phrase, floor: number): Phrase {
  const { lower, kind, cap } = doc.tokens;
  let k = p.first - 1;
  if (k - 1 < floor || kind[k] !== WORD || cap[k] === 1) return p;
  const word = lower[k];
  if (word.length > 4 && word.endsWith('ing')) k--;
  // "a scientist at the warning centre noting …": a role noun right before the preposition is the head.
  else if (LINKS.has(word) && Walk.of(doc).is(k - 1, ROLE_WORD) && cap[k - 1] !== 1) k--;
  else if (LINKS.has(word) && kind[k - 1] === WORD && cap[k - 1] !== 1 && !isStopWord(lower[k - 1])) k -= 2;
  // "Two people briefed on the talks said", "officials involved in the search said": a participle and its preposition.
  else if (LINKS.has(word) && lower[k - 1].length > 4 && lower[k - 1].endsWith('ed') && cap[k - 1] !== 1 && Walk.of(doc).is(k - 2, ROLE_WORD)) k -= 2;
  else return p;
  if (k < floor || !Walk.of(doc).is(k, ROLE_WORD)) return p;
  const head = phraseEndingAt(doc, k, floor);
  return head ? { first: head.first, last: p.last } : p;
}
