/**
 * A name inside a prepositional phrase after a noun names something other than the phrase's referent: "A leaked
 * internal letter seen by Sky News" is the letter, "a spokesperson for NISA" is a spokesperson. nameRun
 * (names.ts) then takes the name before the link, if any ("the Red Cross in Geneva" → Red Cross). A title
 * written capitalised keeps the name its own ("Ambassador to the United States Hamdullah Mohib").
 */
import type { Doc } from '../doc';
import type { Phrase } from './np';
import { DETERMINERS, TITLES } from './lexicon';
import { WORD } from '../text/tokenTable';

const LINKS = new Set(['by', 'of', 'at', 'from', 'for', 'on', 'in', 'with']);

/**
 * "A leaked internal letter seen by Sky News": the name is inside a prepositional phrase after a noun, so
 * the phrase names the letter, not Sky News. After a title the name is the person's ("Ambassador to the
 * United States Hamdullah Mohib").
 */
export function insidePrepositionalPhrase(doc: Doc, p: Phrase, start: number): boolean {
  const lower = doc.tokens.lower;
  const k = linkBefore(doc, p, start);
  if (k <= p.first || !LINKS.has(lower[k])) return false;
  // Only a title written as one (capitalised) heads the name after it: "a spokesperson for NISA" is NISA's spokesperson.
  for (let i = p.first; i < k; i++) if (TITLES.has(lower[i]) && doc.tokens.cap[i] === 1) return false;
  return true;
}

/** The token before the name and its determiner, or before a lowercase modifier after "for"/"of" ("for committee Democrats"; not "pupils in rural Wales", a place). */
export function linkBefore(doc: Doc, p: Phrase, start: number): number {
  const { lower, cap, kind } = doc.tokens;
  let k = start - 1;
  if (k >= p.first && DETERMINERS.has(lower[k])) k--;
  // Not before a title: "from retired General Colin Powell" names the general.
  if (k > p.first && cap[k] !== 1 && kind[k] === WORD && !LINKS.has(lower[k]) && (lower[k - 1] === 'for' || lower[k - 1] === 'of') && !TITLES.has(lower[start])) k--;
  return k;
}
