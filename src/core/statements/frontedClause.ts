/**
 * Content before a postposed cue that opens with a linking word and a fronted adverbial phrase: "But due to
 * the bug, a hacker can read messages, the researcher claimed." · "Instead of new taxes, the city will cut
 * spending, the mayor said." The adverbial belongs to the content ("In the afternoon, the army entered the
 * town, the spokesman said." keeps it); a leading "but"/"and" links the sentence to the one before and does not.
 */
import type { Doc } from '../doc';
import { WORD } from '../text/tokenTable';
import { isClause } from './clause';

/** Linking words before the adverbial, outside the content. */
const LINKS = new Set(['but', 'and', 'yet', 'so']);
/** First words of a fronted adverbial, including multi-word prepositions ("due to", "thanks to", "in spite of"). */
const OPENERS = new Set(['in', 'on', 'at', 'by', 'since', 'until', 'during', 'after', 'before', 'for', 'from', 'within', 'without', 'under', 'over', 'despite', 'as', 'amid', 'unlike', 'following', 'due', 'thanks', 'because', 'instead', 'owing', 'regardless', 'apart', 'last', 'this', 'earlier', 'later']);
/** How many words the adverbial may have before its comma. */
const MAX_ADVERBIAL = 10;

/** The content [first, last] when tokens [from, last] are an optional link, a fronted adverbial, its comma and a clause; or null. */
export function frontedThenClause(doc: Doc, from: number, last: number): { first: number; last: number } | null {
  const { lower, kind } = doc.tokens;
  const first = LINKS.has(lower[from]) ? from + 1 : from;
  if (!OPENERS.has(lower[first])) return null;
  let comma = first + 1;
  while (comma <= last && comma <= first + MAX_ADVERBIAL && kind[comma] === WORD) comma++;
  if (lower[comma] !== ',' || comma - first < 2 || comma + 2 > last) return null;
  return !isClause(doc, first, comma - 1) && isClause(doc, comma + 1, last) ? { first, last } : null;
}
