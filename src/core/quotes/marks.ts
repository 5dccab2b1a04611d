/**
 * What a quotation mark can be, judged by the characters around it (its shape) and then by its glyph.
 * Shape first, because real text mixes glyphs up: Cornyn's statement ends `decision.“ However` with an
 * opening glyph in closing position. Straight and curly single marks between letters are apostrophes
 * ("don't", "it’s"), and so are elisions ("'90s", "'em").
 */

export type MarkFamily = 'double' | 'single';
export type MarkShape = 'open' | 'close' | 'either' | 'apostrophe';

export interface Mark {
  /** Index of the mark's token. */
  readonly tok: number;
  readonly start: number;
  readonly family: MarkFamily;
  readonly shape: MarkShape;
}

const DOUBLE = '"“”„‟«»「」『』';
const SINGLE = '\'‘’‚‛‹›';
const OPEN_GLYPH = '“„‟«「『‘‚‛‹';
const CLOSE_GLYPH = '”»」』’›';
const LEFT_BOUNDARY = '([{—–-/:\u2014\u2013…';
const RIGHT_BOUNDARY = '.,;:!?)]}—–-…';
const ELISION = /^(?:em|til|tis|twas|cause|n|round|bout)\b/i;

function isSpace(c: string | undefined): boolean {
  return c === undefined || c === ' ' || c === '\n' || c === '\r' || c === '\t' || c === '\u00a0';
}

function isQuoteGlyph(c: string): boolean {
  return DOUBLE.includes(c) || SINGLE.includes(c);
}

function isLetterOrDigit(c: string | undefined): boolean {
  return c !== undefined && /[\p{L}\p{N}]/u.test(c);
}

/** The family of a quotation glyph, or null when it is not one. */
export function familyOf(ch: string): MarkFamily | null {
  if (DOUBLE.includes(ch)) return 'double';
  if (SINGLE.includes(ch)) return 'single';
  return null;
}

/** Classifies the mark at `pos` (one UTF-16 unit; every quotation glyph is in the BMP). */
export function classifyMark(text: string, pos: number, family: MarkFamily): MarkShape {
  const ch = text[pos];
  const prev = pos > 0 ? text[pos - 1] : undefined;
  // Two apostrophes read as one double mark (tokens.ts): the character after both decides.
  const next = text[family === 'double' && ch === "'" ? pos + 2 : pos + 1];
  const left = isSpace(prev) || LEFT_BOUNDARY.includes(prev as string) || isQuoteGlyph(prev as string);
  const right = isSpace(next) || RIGHT_BOUNDARY.includes(next as string) || isQuoteGlyph(next as string);
  if (family === 'single') {
    if (isLetterOrDigit(prev) && isLetterOrDigit(next)) return 'apostrophe';
    if (left && !right && (/\d/.test(next as string) || ELISION.test(text.slice(pos + 1, pos + 7)))) return 'apostrophe';
    if (ch === '‹') return 'open';
    if (ch === '›') return 'close';
  }
  if (left && !right) return 'open';
  if (!left && right) return 'close';
  if (left && right) {
    if (OPEN_GLYPH.includes(ch)) return 'open';
    if (CLOSE_GLYPH.includes(ch)) return 'close';
    return 'either';
  }
  // Between two word characters: a typo for doubles ("said"Yes), an apostrophe for singles.
  if (family === 'single') return 'apostrophe';
  if (OPEN_GLYPH.includes(ch)) return 'open';
  if (CLOSE_GLYPH.includes(ch)) return 'close';
  return 'either';
}
