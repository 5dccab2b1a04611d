/**
 * Two source shapes the phrase walk stops short of:
 *   a proportion of a group: "Almost 90% of respondents said …", "About half of the workers said …",
 *   "Two-thirds of voters say …" (the walk reads no phrase over "%" or "half of"; a bare one, "Nearly half said …",
 *   is quantifierPronoun.ts's);
 *   an emphatic reflexive after the source: "The president himself said …", "The study itself outlined …"
 *   (the source is the phrase before the reflexive).
 */
import type { Doc } from '../doc';
import { phraseEndingAt, type Phrase } from '../mentions/np';
import { isStopWord, REFLEXIVES } from '../mentions/lexicon';
import { WORD } from '../text/tokenTable';
import { FIGURE_APPROXIMATORS, NUMBER_WORDS, SHARE_NOUNS } from './shareWords';

/** The share nouns, "per cent" and "proportion" ("30 per cent of", "a large proportion of"). */
const PROPORTIONS = new Set([...SHARE_NOUNS, 'cent', 'proportion']);
/** The small words of the figure before the proportion ("at least a third", "more than 90%", "30 per cent"). */
const APPROXIMATORS = new Set([...FIGURE_APPROXIMATORS, 'a', 'the', 'than', 'more', 'less', 'fewer', 'least', 'at', 'per']);
const GROUP_DETERMINERS = new Set(['the', 'those', 'these', 'its', 'their', 'all']);

/** "almost 90% of respondents" ending at token `k` (the group's noun), opening its clause; else null. */
export function proportionSource(doc: Doc, k: number, floor: number): Phrase | null {
  const { lower, kind, cap, digitFirst } = doc.tokens;
  if (kind[k] !== WORD || cap[k] === 1 || isStopWord(lower[k])) return null;
  let of = k - 1;
  while (of > k - 4 && of > floor && kind[of] === WORD && lower[of] !== 'of' && (GROUP_DETERMINERS.has(lower[of]) || (cap[of] !== 1 && !isStopWord(lower[of])))) of--;
  if (lower[of] !== 'of' || !PROPORTIONS.has(lower[of - 1])) return null;
  let first = of - 1;
  // "90%", "30 per cent", "two-thirds": the figure before the proportion word.
  while (first - 1 >= floor && first > of - 6 && (digitFirst[first - 1] === 1 || APPROXIMATORS.has(lower[first - 1]) || lower[first - 1] === '-' || NUMBER_WORDS.has(lower[first - 1]))) first--;
  return first === floor || lower[first - 1] === ',' ? { first, last: k } : null;
}

/** "The president himself said": the phrase before an emphatic reflexive at token `k`; else null. */
export function beforeReflexive(doc: Doc, k: number, floor: number): Phrase | null {
  if (!REFLEXIVES.has(doc.tokens.lower[k]) || k - 1 < floor) return null;
  return phraseEndingAt(doc, k - 1, floor);
}
