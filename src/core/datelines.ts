/**
 * Datelines and bylines. A block of its own under the headline ("Friday, August 21, 2015", "By Jane Doe"), or
 * a wire dateline opening the first body paragraph: "LONDON, May 3 (Reuters) - Wheat exports rose …",
 * "HARTWELL, Ohio (AP) — Mayor Okafor said …", "London (CNN) — A hospital …". It is furniture, not part of the
 * first sentence: left in, it becomes the start of a reported statement's content or, with its comma
 * ("LONDON, May 3"), hides the statement altogether.
 */
import type { Span } from './types';

const DATE_LINE = /^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}\b|\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* \d{4}|\d{4}-\d{2}-\d{2}|(?:updated|published|posted)\b)/i;
// "By the Associated Press": an agency byline takes its article.
const BYLINE = /^(?:[Bb]y|[Ff]rom|[Rr]eporting by)\s+(?:the\s+)?\p{Lu}/u;

/**
 * A dateline or byline line, or a byline with up to two short lines under it ("By ANNA REYES\nAssociated
 * Press", "By Mark Seldon\nUpdated 6:14 PM ET, Tue March 5, 2024").
 */
export function isDatelineBlock(s: string): boolean {
  const lines = s.split('\n');
  if (lines.length === 1) return s.length <= 100 && (DATE_LINE.test(s) || BYLINE.test(s));
  return lines.length <= 3 && BYLINE.test(lines[0]) && lines.every((l) => l.length <= 60);
}

const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.? \\d{1,2}(?:, \\d{4})?';
/** "Ohio", "Calif.", "Philippines", "N.Y.": the region or country after the city. */
const REGION = "(?:, \\p{Lu}[\\p{L}.'’-]*(?: \\p{Lu}[\\p{L}.'’-]*){0,2})";
const AGENCY = '\\([\\p{Lu}][\\p{L}/ ]{1,24}\\)';
// The wire sentence after the dash opens with a capital, a quotation mark or a figure ("NASA - the agency" does not).
const DASH = ' +(?:-{1,2}|—|–) +(?=[\\p{Lu}"“‘\\d])';
/** "KALMAR", "SAN MARCO", "PORT-AU-PRINCE": an all-capitals city may stand without an agency. */
const CAPS_CITY = "\\p{Lu}[\\p{Lu}.'’-]+(?: [\\p{Lu}.'’-]+){0,3}";
/** "London (CNN)": a city in ordinary case only with the agency, which tells it from "Smith - the winner". */
const CITY = "\\p{Lu}[\\p{Ll}.'’-]+(?: \\p{Lu}[\\p{Ll}.'’-]+){0,2}";
const INLINE_DATELINE = new RegExp(
  `^(${CAPS_CITY}${REGION}*(?:,? ${MONTH})?(?: ${AGENCY})?|${CITY}${REGION}*(?:,? ${MONTH})? ${AGENCY})${DASH}`,
  'u',
);

export interface InlineDateline {
  /** "LONDON, May 3 (Reuters)", without the dash. */
  readonly dateline: Span;
  /** Where the paragraph's own text starts, after the dash and its space. */
  readonly bodyStart: number;
}

/** The dateline opening [start, end) of `text`; null if none. */
export function inlineDatelineAt(text: string, start: number, end: number): InlineDateline | null {
  const m = INLINE_DATELINE.exec(text.slice(start, Math.min(end, start + 90)));
  if (!m || start + m[0].length >= end) return null;
  return { dateline: { start, end: start + m[1].length }, bodyStart: start + m[0].length };
}

/**
 * "Clinton calls on U.S. to lead, step up fight against rebel forces in the north.\n\nNEW YORK, Nov. 19 (UPI) — …":
 * a one-line block over a paragraph that opens with a wire dateline is the headline, however long it is or
 * whether it ends with a full stop (the dateline opens the body, so what stands above it is the title).
 */
export function titleOverDateline(text: string, blocks: readonly Span[]): boolean {
  const [title, body] = blocks;
  const s = text.slice(title.start, title.end);
  return !s.includes('\n') && s.length <= 200 && inlineDatelineAt(text, body.start, body.end) !== null;
}
