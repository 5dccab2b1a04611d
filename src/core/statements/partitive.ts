/**
 * A partitive source: one or some of a group named before, or of a plain noun that is in no role list.
 *   "Six sailors were held. One of them told the BBC, "…"" → "One of them";
 *   ""…," said one of the replies under the post." → "one of the replies".
 * The group itself ("them", "the replies") is not the source: the one picked out of it is.
 */
import type { Doc } from '../doc';
import type { Phrase } from '../mentions/np';
import { isStopWord, isVerbFormOnly, JOINERS } from '../mentions/lexicon';
import { WORD } from '../text/tokenTable';

const QUANTIFIERS = new Set(['one', 'some', 'many', 'several', 'most', 'two', 'three', 'another']);
/** Pronouns standing for the group: "one of them", "one of these", "several of those". */
const GROUP_PRONOUNS = new Set(['them', 'these', 'those', 'us']);
/** Prepositions that end the group's noun ("one of the replies below the post"). */
const PLACE_PREPOSITIONS = new Set(['below', 'above', 'beneath', 'under', 'near', 'inside', 'outside', 'behind', 'beside', 'across', 'along', 'around']);
const GROUP_DETERMINERS = new Set(['the', 'these', 'those', 'his', 'her', 'their', 'its', 'our']);

/** The partitive starting at token `i` ("one of them", "one of the replies"), or null. */
export function partitiveStartingAt(doc: Doc, i: number): Phrase | null {
  const { lower, kind, cap, sent } = doc.tokens;
  if (!QUANTIFIERS.has(lower[i]) || lower[i + 1] !== 'of' || sent[i + 2] !== sent[i]) return null;
  if (GROUP_PRONOUNS.has(lower[i + 2])) return { first: i, last: i + 2 };
  if (!GROUP_DETERMINERS.has(lower[i + 2])) return null;
  // "one of the replies": the determiner's lowercase nouns, up to three, and no verb or function word; right
  // after the determiner a plural that is also a verb form is a noun ("one of the comments", "the posts").
  let last = i + 2;
  const noun = (k: number) => !JOINERS.has(lower[k]) && !PLACE_PREPOSITIONS.has(lower[k]) && (!isStopWord(lower[k]) || (k === i + 3 && isVerbFormOnly(lower[k]) && lower[k].endsWith('s')));
  while (last < i + 5 && kind[last + 1] === WORD && cap[last + 1] !== 1 && sent[last + 1] === sent[i] && noun(last + 1)) last++;
  return last > i + 2 ? { first: i, last } : null;
}

/** The partitive ending at token `last`, right before a cue ("One of them told …"), or null. */
export function partitiveEndingAt(doc: Doc, last: number, floor: number): Phrase | null {
  const lower = doc.tokens.lower;
  for (let first = last - 2; first >= floor && first >= last - 5; first--) {
    if (!QUANTIFIERS.has(lower[first])) continue;
    const phrase = partitiveStartingAt(doc, first);
    return phrase && phrase.last === last ? phrase : null;
  }
  return null;
}
