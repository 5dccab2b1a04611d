/**
 * Lines that are paragraphs. A page scraped to text often keeps one paragraph per line with no blank line
 * between them:
 *
 *   The mayor said the plan was late.
 *   “We will not wait,” she said.
 *   Council members voted on Monday.
 *
 * Read as one paragraph, the lines lose what rules read at a paragraph start (a quotation that opens its
 * paragraph, the speaker of the paragraph before), and a line with no stop of its own (a subhead, "WHAT COMES
 * NEXT", or a line ending in "U.S.") runs into the next line's sentence. Hard-wrapped prose also has single line
 * breaks, but most of its lines end inside a sentence: a block is split only when at least half of its line
 * breaks follow a sentence end and precede a sentence start. It is then split at every break before a line that
 * starts like a sentence (a capital, a figure, an opening mark), except inside a quotation left open on its line
 * that the next line does not reopen (`"… real problems for her here.¶Ohio Sen. Ann Holt."`, a pull quote whose
 * attribution line pullQuoteInMarks.ts reads). A line that starts in lower case continues its sentence.
 */
import { trimSpan } from './text/trim';
import type { Span } from './types';

export interface Line { start: number; end: number }

/** Closing marks and brackets that may follow a sentence's stop ("… he said.”", "(… in 2010.)"). */
function isCloser(c: number): boolean {
  return c === 34 || c === 39 || c === 41 || c === 93 || c === 0x201d || c === 0x2019 || c === 0xbb;
}

/** Whether the line ends with ".", "!", "?" or "…", maybe followed by closing marks and spaces. */
function endsSentence(text: string, line: Line): boolean {
  let i = line.end - 1;
  while (i >= line.start && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9 || text.charCodeAt(i) === 160)) i--;
  while (i >= line.start && isCloser(text.charCodeAt(i))) i--;
  const c = text.charCodeAt(i);
  return i >= line.start && (c === 46 || c === 33 || c === 63 || c === 0x2026);
}

/** The offset of the line's first character that is not a space (nor a byte-order mark), or -1: a blank line. */
export function firstChar(text: string, line: Line): number {
  for (let i = line.start; i < line.end; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 160 && c !== 0xfeff) return i;
  }
  return -1;
}

/** Marks that open a sentence or a list item at a line's start (a quotation, a bracket, a dash, a bullet). */
const OPENING = new Set(['"', '“', '‘', "'", '(', '[', '—', '–', '-', '•', '*', '«']);

/** Whether the line opens like a sentence or a paragraph: a capital, a figure or an opening mark. */
function startsSentence(text: string, line: Line): boolean {
  const i = firstChar(text, line);
  if (i < 0) return false;
  const ch = text[i];
  return OPENING.has(ch) || (ch >= '0' && ch <= '9') || (ch !== ch.toLowerCase() && ch === ch.toUpperCase());
}

/** Whether the line opens with a quotation mark: a straight double one or a curly opening one (“ or ‘). */
function opensWithQuote(text: string, line: Line): boolean {
  const i = firstChar(text, line);
  return i >= 0 && (text[i] === '"' || text[i] === '“' || text[i] === '‘');
}

/** Whether the line leaves a double quotation open: an odd number of straight marks, or more “ than ”. */
function leavesQuoteOpen(text: string, line: Line): boolean {
  let straight = 0;
  let curly = 0;
  for (let i = line.start; i < line.end; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) straight++;
    else if (c === 0x201c) curly++;
    else if (c === 0x201d && curly > 0) curly--;
  }
  return straight % 2 === 1 || curly > 0;
}

/**
 * The paragraphs of a block of non-blank lines (`lines`, in order, spanning the block): the block itself, or
 * its lines grouped at the breaks that start a new paragraph, each trimmed of spaces.
 */
export function paragraphsOfBlock(text: string, lines: readonly Line[]): Span[] {
  const trim = (start: number, end: number) => trimSpan(text, start, end);
  const first = lines[0];
  const last = lines[lines.length - 1];
  if (lines.length < 2) return [trim(first.start, last.end)];
  const breaks = lines.length - 1;
  let ends = 0;
  for (let k = 0; k < breaks; k++) if (endsSentence(text, lines[k]) && startsSentence(text, lines[k + 1])) ends++;
  if (ends === 0 || 2 * ends < breaks) return [trim(first.start, last.end)];
  const out: Span[] = [];
  let from = first.start;
  for (let k = 0; k < breaks; k++) {
    const next = lines[k + 1];
    if (!startsSentence(text, next)) continue;
    if (leavesQuoteOpen(text, lines[k]) && !opensWithQuote(text, next)) continue;
    out.push(trim(from, lines[k].end));
    from = next.start;
  }
  out.push(trim(from, last.end));
  return out;
}
