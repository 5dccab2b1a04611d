/**
 * A source post-modified by a date: "At least one source from October 2004 said …", "An aide from the early
 * 1990s said …", "A witness in March 2011 told …". The phrase walk reads no phrase at a year after a month
 * (a date is no name), so the role noun before the date's preposition heads a source that runs to the date.
 */
import type { Doc } from '../doc';
import { phraseEndingAt, type Phrase } from '../mentions/np';
import { ROLE_WORD, Walk } from '../mentions/npClasses';
import { CALENDAR } from '../mentions/lexicon';
import { WORD } from '../text/tokenTable';

const DATE_LINKS = new Set(['from', 'in', 'since', 'of']);
const DATE_WORDS = new Set(['the', 'early', 'late', 'mid', 'last', 'this', 'that']);
/** Years and decades: "2004", "1990s", "'90s". */
const YEAR = /^(?:1[89]|20)\d\d(?:s)?$/;

/** The source phrase "role … LINK date" whose date ends at token `k`; else null. */
export function datedSource(doc: Doc, k: number, floor: number): Phrase | null {
  const { lower, kind, cap } = doc.tokens;
  if (!YEAR.test(lower[k]) && !CALENDAR.has(lower[k])) return null;
  let j = k - 1;
  while (j > floor && j > k - 5 && kind[j] === WORD && (CALENDAR.has(lower[j]) || DATE_WORDS.has(lower[j]) || /^\d{1,2}$/.test(lower[j]))) j--;
  if (!DATE_LINKS.has(lower[j]) || j - 1 < floor || cap[j - 1] === 1 || !Walk.of(doc).is(j - 1, ROLE_WORD)) return null;
  const head = phraseEndingAt(doc, j - 1, floor);
  return head ? { first: head.first, last: k } : null;
}
