/** A quoted span as the attribution passes see it: the public Quote plus where it sits. */
import type { Doc } from '../doc';
import { WORD } from '../text/tokenTable';
import type { Quote, QuoteRole, Span } from '../types';

export interface QuoteSpan {
  start: number;
  end: number;
  text: string;
  open: Span;
  close: Span | null;
  role: QuoteRole;
  /** 0 for a top-level quotation, 1 for one nested in another. */
  readonly depth: 0 | 1;
  /** Token indices of the opening mark and of the closing mark (or of the last token inside). */
  readonly openTok: number;
  readonly closeTok: number | null;
  /** Index of the last token inside the quotation (openTok when empty). */
  readonly lastInside: number;
  readonly para: number;
  /** Opens a paragraph that continues the previous paragraph's unclosed quotation. */
  readonly continuesPrev: boolean;
  /** Left open at a paragraph end because the next paragraph continues it. */
  readonly continuedNext: boolean;
  /** Number of words inside. */
  readonly words: number;
}

/** Builds the span between an opening mark and a closing mark (or `end` when unclosed); null when empty. */
export function makeQuote(doc: Doc, openTok: number, closeTok: number | null, end: number, depth: 0 | 1, continuesPrev: boolean, continuedNext: boolean): QuoteSpan | null {
  const tokens = doc.tokens;
  let start = tokens.end[openTok];
  let stop = end;
  while (start < stop && /\s/.test(doc.text[start])) start++;
  while (stop > start && /\s/.test(doc.text[stop - 1])) stop--;
  if (stop <= start) return null;
  let last = openTok;
  let words = 0;
  for (let k = openTok + 1; k < tokens.length && tokens.start[k] < stop; k++) {
    last = k;
    if (tokens.kind[k] === WORD) words++;
  }
  const close = closeTok === null ? null : { start: tokens.start[closeTok], end: tokens.end[closeTok] };
  return {
    start, end: stop, text: doc.text.slice(start, stop), open: { start: tokens.start[openTok], end: tokens.end[openTok] }, close,
    role: 'statement', depth, openTok, closeTok, lastInside: last, para: tokens.para[openTok], continuesPrev, continuedNext, words,
  };
}

/** The public shape, without the pass-internal fields. */
export function toQuote(q: QuoteSpan): Quote {
  return { start: q.start, end: q.end, text: q.text, open: q.open, close: q.close, role: q.role };
}
