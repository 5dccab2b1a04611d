/**
 * A pull quote that kept its marks, with its attribution line inside them on a line (or a paragraph) of its own:
 * `"If the mayor loses the city, that could create real problems for the party.¶Ohio Sen. Ann Holt."`, over a
 * body that quotes the same words again. The line names the source and is no part of the words (pullQuotes.ts
 * reads the same layout without marks). The words must open a sentence found twice in the article, so a
 * quotation whose last paragraph merely opens with a name is never cut.
 */
import type { Doc } from '../doc';
import type { QuoteSpan } from '../quotes/span';
import { phraseStartingAt, type Phrase } from '../mentions/np';
import { isAttributionLine } from './pullQuotes';
import { keyOf, type SentenceRepeats } from './repeats';

/** At most this many tokens in the attribution line ("Former S.C. Gov. Ann Q. Holt"). */
const MAX_LINE = 12;

export interface MarkedPullQuote {
  /** End offset of the words, before the attribution line. */
  readonly end: number;
  readonly phrase: Phrase;
}

export function markedPullQuote(doc: Doc, q: QuoteSpan, repeats: () => SentenceRepeats): MarkedPullQuote | null {
  if (q.depth !== 0 || q.closeTok === null || q.para < 0) return null;
  const { lower, start } = doc.tokens;
  const close = q.closeTok;
  // The line starts after the last line break inside the marks (a paragraph's or a line's). Searched within the
  // quotation only: a search back from its end would cross a whole long line per quotation (quadratic on one
  // line of 100,000 quotations).
  const lineStart = lastLineBreakIn(doc.text, q.start, q.end);
  if (lineStart < 0) return null;
  let first = close - 1;
  while (first - 1 > q.openTok && start[first - 1] > lineStart && close - first <= MAX_LINE) first--;
  if (first - 1 <= q.openTok || start[first - 1] > lineStart) return null;
  // The line's own stop stands before the closing mark ("… Ann Holt."").
  const last = lower[close - 1] === '.' ? close - 2 : close - 1;
  if (last < first || !isAttributionLine(doc, first, last)) return null;
  const phrase = phraseStartingAt(doc, first);
  if (!phrase || phrase.last < last) return null;
  const wordsEnd = doc.tokens.end[first - 1];
  if (repeats().count(keyOf(doc.text, q.start, wordsEnd)) < 2) return null;
  return { end: wordsEnd, phrase };
}

/** Offset of the last line break in text[from, to), or -1. */
function lastLineBreakIn(text: string, from: number, to: number): number {
  for (let i = to - 1; i > from; i--) if (text.charCodeAt(i) === 10) return i;
  return -1;
}
