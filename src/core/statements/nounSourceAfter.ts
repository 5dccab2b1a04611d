/**
 * `"…" one attendee noted online` · `"…," a bystander told reporters`: after a quotation, a determiner and
 * one to three lowercase words directly before a cue name its source, even when the noun is in no role list
 * (the lists cannot hold every kind of person: attendee, passer-by, regular, shopkeeper …).
 */
import type { Doc } from '../doc';
import type { Phrase } from '../mentions/np';
import { isStopWord } from '../mentions/lexicon';
import { WORD } from '../text/tokenTable';

const DETERMINERS = new Set(['one', 'a', 'an', 'another', 'the']);

export function determinedNounBeforeCue(doc: Doc, j: number, cueAt: (tok: number) => boolean): Phrase | null {
  const { lower, kind, cap, sent } = doc.tokens;
  if (!DETERMINERS.has(lower[j])) return null;
  for (let e = j + 1; e <= j + 3 && sent[e] === sent[j]; e++) {
    if (kind[e] !== WORD || cap[e] === 1 || isStopWord(lower[e])) return null;
    if (cueAt(e + 1)) return { first: j, last: e };
  }
  return null;
}
