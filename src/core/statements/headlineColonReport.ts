/**
 * A headline's colon attributes what follows it to the source before it: "Lynch: No outside influence on
 * probe into emails", "Clinton camp: Rival's rhetoric threatens security", "Mayor to council: Budget will be
 * balanced" (the hearer after "to" is no source). What stands before a colon is as often a kicker, a topic
 * label: a place ("Libya: Rebels edge closer"), a common noun ("French football: …", "Photo report: …"), a
 * series ("The Latest: …", "Wikinews Shorts: June 8, 2007"). So the source must be a name the body uses
 * too, or a person or group noun after a name ("Clinton camp", "IG report"); the content must be words of
 * the source's own, at least three and no quotation (a quoted headline is the quotation pass's:
 * headlineQuote.ts, headlineEcho.ts; a quotation after a name's colon is headlineColon.ts's), no date or figure
 * opening it.
 */
import type { Doc } from '../doc';
import type { Phrase } from '../mentions/np';
import { CALENDAR, GROUPS, PERSON_ROLES, PLACES } from '../mentions/lexicon';
import { QUOTE, WORD } from '../text/tokenTable';
import { headlineColonToken } from './headlineColon';

/** Most words a headline's source may have ("Wash Post Fact-Check", "Former Governor Ann Lowe"). */
const MAX_SOURCE = 4;
const MIN_CONTENT = 3;
/** Heads of a source after a name: "Clinton camp", "Sanders campaign", "IG report". */
const HEADS_AFTER_NAME = new Set(['camp', 'campaign', 'report', 'aides', 'allies', 'spokesman', 'spokeswoman', 'lawyers', 'officials']);
const ARTICLES = new Set(['the', 'a', 'an']);

export interface HeadlineColon {
  readonly phrase: Phrase;
  readonly first: number;
  readonly last: number;
}

/** Whether a word spelled with capitals, as `word` is in the headline, stands in the body (from token `body`). */
function inBody(doc: Doc, body: number, word: string): boolean {
  const { kind, para } = doc.tokens;
  for (let k = body; k < doc.tokens.length; k++) if (kind[k] === WORD && para[k] >= 0 && doc.text.slice(doc.tokens.start[k], doc.tokens.end[k]) === word) return true;
  return false;
}

/** Whether token `k` is an acronym: two capitals or more, and nothing else ("IG", "UN", "BBC"). */
function isAcronym(doc: Doc, k: number): boolean {
  return /^[A-Z]{2,6}$/.test(doc.text.slice(doc.tokens.start[k], doc.tokens.end[k]));
}

/** The source and content of a headline "SOURCE: CONTENT", or null. */
export function headlineColon(doc: Doc): HeadlineColon | null {
  const { lower, kind, cap, para, digitFirst } = doc.tokens;
  let end = 0;
  while (end < doc.tokens.length && para[end] < 0) end++;
  // The first colon, within the source's words and a hearer ("Mayor to council:"); headlineColon.ts reads it too.
  const colon = headlineColonToken(doc, MAX_SOURCE + 3);
  if (colon < 1) return null;
  // "Clinton to Planned Parenthood: …": the hearer after "to" is no part of the source.
  let last = colon - 1;
  for (let k = 1; k < colon - 1; k++) if (lower[k] === 'to') { last = k - 1; break; }
  const first = 0;
  if (last - first + 1 > MAX_SOURCE || ARTICLES.has(lower[first])) return null;
  for (let k = first; k <= last; k++) if (kind[k] !== WORD || digitFirst[k] === 1) return null;
  // "FIX IS IN: …": a kicker in capitals.
  if (last > first && isAcronym(doc, first) && isAcronym(doc, first + 1)) return null;
  const words = doc.text.slice(doc.tokens.start[first], doc.tokens.end[last]);
  if (PLACES.has(words.toLowerCase())) return null;
  const head = lower[last];
  if (cap[last] !== 1 || (last > first && lower[last] === head && !/^\p{Lu}/u.test(doc.text[doc.tokens.start[last]]))) {
    // A lowercase head after a name: "Clinton camp", "IG report" (not "Photo report": "Photo" is no name the body uses).
    if (!(HEADS_AFTER_NAME.has(head) || PERSON_ROLES.has(head) || GROUPS.has(head)) || last === first) return null;
    const name = doc.text.slice(doc.tokens.start[last - 1], doc.tokens.end[last - 1]);
    if (!isAcronym(doc, last - 1) && !inBody(doc, end, name)) return null;
  } else if (!isAcronym(doc, last) && !inBody(doc, end, doc.text.slice(doc.tokens.start[last], doc.tokens.end[last]))) {
    // "Lynch: …" over a body naming Loretta Lynch; not "Obituaries: …", "Wikinews Shorts: …".
    return null;
  }
  let stop = end - 1;
  while (stop > colon && kind[stop] !== WORD) stop--;
  let count = 0;
  for (let k = colon + 1; k <= stop; k++) {
    if (kind[k] === QUOTE || lower[k] === ':') return null;
    if (kind[k] === WORD) count++;
  }
  if (count < MIN_CONTENT || digitFirst[colon + 1] === 1 || CALENDAR.has(lower[colon + 1] ?? '')) return null;
  return { phrase: { first, last }, first: colon + 1, last: stop };
}
