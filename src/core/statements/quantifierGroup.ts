/**
 * The group a lone quantifier source picks its members from, named in the sentence before:
 *   "Several friends posted condolences. One claimed he had been strangled." → "one of the friends";
 *   "Residents of the island gathered. Some said …" → "some of the residents of the island".
 * The description is given to the source as an appositive (an alias of its speaker), so the speaker is known
 * by its group, not only by "One". The nearest group in the six sentences before (a quotation's sentences count), back to MAX_BACK tokens
 * at most: bounded work per cue.
 */
import type { Doc } from '../doc';
import { phraseEndingAt } from '../mentions/np';
import { isRoleWord } from '../mentions/npClasses';
import { hasPluralEnding } from '../text/pluralSpelling';
import { DETERMINERS, isStopWord } from '../mentions/lexicon';
import { WORD } from '../text/tokenTable';

const MAX_BACK = 120;
const MAX_SENTENCES = 6;
const PLACE_LINKS = new Set(['of', 'on', 'in', 'from']);

const PLACE_WORDS = new Set(['the', 'of', 'a']);

/**
 * The last capitalised word of a place phrase from token `from` ("the small island of Ruva"): words that are
 * capitalised, "the"/"of"/"a" or lowercase content words, up to eight; `from - 2` (the group noun) when none.
 */
function placeEnd(doc: Doc, from: number, s: number): number {
  const { lower, kind, cap, sent } = doc.tokens;
  let end = from - 2;
  for (let j = from; j < from + 8 && kind[j] === WORD && sent[j] === s; j++) {
    if (cap[j] === 1) end = j;
    else if (!PLACE_WORDS.has(lower[j]) && isStopWord(lower[j])) break;
  }
  return end;
}
const KEPT_DETERMINERS = new Set(['the', 'his', 'her', 'their', 'its', 'our', 'these', 'those']);

/** A description "<quantifier> of <group>" for the quantifier at token `k`, or null when no group precedes. */
export function quantifierGroup(doc: Doc, k: number): string | null {
  const { lower, kind, cap, sent } = doc.tokens;
  const start = doc.sentStart[k];
  if (start === 0) return null;
  let floor = start;
  for (let n = 0; n < MAX_SENTENCES && floor > 0; n++) floor = doc.sentStart[floor - 1];
  floor = Math.max(floor, k - MAX_BACK);
  for (let t = start - 1; t >= floor; t--) {
    if (kind[t] !== WORD || (cap[t] === 1 && t !== doc.sentStart[t]) || !hasPluralEnding(lower[t]) || !isRoleWord(lower[t])) continue;
    const before = phraseEndingAt(doc, t, floor);
    if (!before) continue;
    let first = before.first;
    while (first < t && DETERMINERS.has(lower[first]) && !KEPT_DETERMINERS.has(lower[first])) first++;
    // "residents of Ashby", "residents on the island of Ruva": the group runs on over a place after its noun.
    const last = PLACE_LINKS.has(lower[t + 1]) ? placeEnd(doc, t + 2, sent[t]) : t;
    const group = doc.text.slice(doc.tokens.start[first], doc.tokens.end[last]);
    const determiner = KEPT_DETERMINERS.has(lower[first]) ? '' : 'the ';
    // A name keeps its capital ("Mesa residents"); a word capitalised by opening its sentence does not.
    const named = cap[first] === 1 && first !== doc.sentStart[first] && !KEPT_DETERMINERS.has(lower[first]);
    return `${lower[k]} of ${determiner}${named ? group : group.charAt(0).toLowerCase() + group.slice(1)}`;
  }
  return null;
}
