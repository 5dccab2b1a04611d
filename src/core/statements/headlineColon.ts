/**
 * A headline that opens with a name and a colon gives the words after it to that person: "Holt: 'We Will Not
 * Back Down'", "Mayor Jane Holt: Bridge Plan 'A Disgrace'" (the headline convention of US political news for
 * "Holt said"). The quotation is credited only when the body names a speaker by that name, so a topic kicker
 * ("Brexit: 'Big Ben' falls silent") gives no one. The whole name matches a speaker's name or alias first
 * ("Bill Clinton" among two Clintons); else its last word must end one proper name only, with the word before
 * it in that name too ("Dr. Ben Carson:" is the body's Ben Carson).
 */
import type { Doc } from '../doc';
import type { QuoteSpan } from '../quotes/span';
import type { Speaker } from '../types';
import { WORD } from '../text/tokenTable';

/** At most this many tokens before the colon ("Former Gov. Jane Q. Holt"). */
const MAX_NAME_TOKENS = 6;

const norm = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
const lastWord = (s: string) => norm(s).split(' ').pop() ?? '';

/**
 * The token index of the headline's first colon, when it is one of its first `max` + 1 tokens and not the
 * first; else -1. Both headline "SOURCE:" readers start here: this file's (a quotation after the colon) and
 * headlineColonReport.ts's (the source's own words after it).
 */
export function headlineColonToken(doc: Doc, max: number): number {
  const { para, lower } = doc.tokens;
  for (let k = 0; k < doc.tokens.length && para[k] < 0 && k <= max; k++) if (lower[k] === ':') return k > 0 ? k : -1;
  return -1;
}

/** The token index of the headline's colon after a capitalised name at its start, or -1. */
function nameColon(doc: Doc): number {
  const { lower, kind, cap } = doc.tokens;
  const colon = headlineColonToken(doc, MAX_NAME_TOKENS);
  // Only capitalised words and the dots of their abbreviations ("Dr.", "Q.") stand before the colon.
  for (let k = 0; k < colon; k++) if (kind[k] === WORD ? cap[k] !== 1 : lower[k] !== '.') return -1;
  return colon;
}

/** The speaker a headline's "Name:" gives quotation `q`, or null. */
export function colonSpeaker(doc: Doc, q: QuoteSpan, speakers: readonly Speaker[]): string | null {
  const colon = nameColon(doc);
  if (colon < 0 || q.openTok < colon) return null;
  const name = norm(doc.text.slice(doc.tokens.start[0], doc.tokens.start[colon]));
  const whole = speakers.find((s) => [s.name, ...s.aliases].some((a) => norm(a) === name));
  if (whole) return whole.id;
  // Only a proper name's last word: "Reports: 'streamlined' …" is a kicker, not the source "media reports".
  // A longer name must share its word before the surname too: "Ann Holt:" is not the body's Tom Holt.
  const words = name.split(' ');
  const last = words[words.length - 1];
  const given = words.length > 1 ? words[words.length - 2] : null;
  const bySurname = speakers.filter((s) => lastWord(s.name) === last && /^\P{L}*\p{Lu}/u.test(s.name.split(/\s+/).pop() ?? '')
    && (given === null || norm(s.name).split(' ').includes(given)));
  return bySurname.length === 1 ? bySurname[0].id : null;
}
