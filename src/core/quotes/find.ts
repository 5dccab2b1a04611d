/**
 * Pairs quotation marks into quoted spans, one left-to-right pass over the marks.
 * - Double marks ("…", “…”, «…», „…“) nest single marks (‘…’, '…') one level deep.
 * - Single marks at top level open only when a closing-shaped single mark follows in the same paragraph
 *   (British style and headlines: North Korea puts military in 'quasi-state of war').
 * - A closing-shaped single mark after "s" and before a lowercase word, with another single closer ahead and no
 *   single opener between, is a plural possessive ('The players' union won't accept this,' said Tate).
 * - Inside a double-marked quotation, an opening double mark with two double closers ahead (and no opener between)
 *   opens a nested quotation: "I told them, "Keep your heads up," but they didn't." With one closer ahead, after a
 *   comma or colon, both end at it: "I called him brother. He replied, "Don't."
 * - A paragraph that ends inside a quotation: when the next paragraph (captions skipped) opens with a
 *   mark, the quotation is continued there (the usual convention); when the next paragraph's first double
 *   mark is a closing one, the quotation runs on through the paragraph break; otherwise it is unclosed.
 * - A single closer after a stop, with no single mark open, before a capitalised word closes a double-marked
 *   quotation (a typing slip: “Let’s go. We can win.’ Holt said …).
 */
import type { Doc } from '../doc';
import { QUOTE } from '../text/tokenTable';
import type { Problem } from '../types';
import type { Mark } from './marks';
import { marksOf } from './documentMarks';
import { makeQuote, type QuoteSpan } from './span';
import { nestedDoubles, pluralPossessives } from './markContext';
import { closerFollows, firstDoubleByParagraph, singleCloserAhead } from './marksAhead';

export interface QuoteScan {
  readonly quotes: QuoteSpan[];
  readonly problems: Problem[];
}

/** The next paragraph after `para` that is not a caption, or -1. */
function nextProseParagraph(doc: Doc, para: number): number {
  for (let p = para + 1; p < doc.layout.paragraphs.length; p++) if (!doc.captions.has(p)) return p;
  return -1;
}

/**
 * `Holt tweeted: “Let’s go. We can win.’ Holt was at the rally.`: a single closer right after a sentence's stop,
 * with no single mark open, before a capitalised word, mistyped for the double closer: it ends the quotation.
 */
function mistypedCloser(doc: Doc, tok: number): boolean {
  const { lower, cap, kind, para } = doc.tokens;
  return /^[.!?]$/.test(lower[tok - 1] ?? '') && para[tok + 1] === para[tok] && kind[tok + 1] !== QUOTE && cap[tok + 1] === 1;
}

function isFirstToken(doc: Doc, tok: number): boolean {
  return tok === 0 || doc.tokens.para[tok - 1] !== doc.tokens.para[tok];
}

export function scanQuotes(doc: Doc): QuoteScan {
  const marks = marksOf(doc);
  const ahead = singleCloserAhead(doc, marks);
  const firstDouble = firstDoubleByParagraph(doc, marks);
  const strayOpens = closerFollows(doc, marks);
  const possessive = pluralPossessives(doc, marks);
  const nestedCloses = nestedDoubles(doc, marks);
  const quotes: QuoteSpan[] = [];
  const problems: Problem[] = [];
  let outer: { mark: Mark; continuesPrev: boolean } | null = null;
  let inner: Mark | null = null;
  /** A double-marked quotation inside a double-marked one (nestedDoubles). */
  let nested: Mark | null = null;
  let closeBoth = false;
  let para = Number.NEGATIVE_INFINITY;
  let continuing = false;
  const paragraphEnd = (p: number) => (p < 0 ? doc.layout.headline?.end ?? 0 : doc.layout.paragraphs[p].end);
  const emit = (open: Mark, closeTok: number | null, end: number, depth: 0 | 1, continuesPrev: boolean, continuedNext: boolean) => {
    const q = makeQuote(doc, open.tok, closeTok, end, depth, continuesPrev, continuedNext);
    if (q) quotes.push(q);
    if (closeTok === null && !continuedNext && q) problems.push({ start: open.start, end: open.start + 1, code: 'unclosed-quote', message: 'This quotation mark is never closed.' });
  };
  const endParagraph = (p: number, nextPara: number) => {
    inner = null;
    nested = null;
    if (!outer) return;
    const next = p < 0 ? -1 : nextProseParagraph(doc, p);
    const first = next >= 0 ? firstDouble.get(next) : undefined;
    if (first && next === nextPara && first.shape === 'close') return; // runs on through the break
    const nextOpens = first !== undefined && first.shape !== 'close' && isFirstToken(doc, first.tok);
    emit(outer.mark, null, paragraphEnd(p), 0, outer.continuesPrev, nextOpens);
    continuing = nextOpens;
    outer = null;
  };
  for (let i = 0; i < marks.length; i++) {
    const m = marks[i];
    const p = doc.tokens.para[m.tok];
    if (p !== para) {
      if (para !== Number.NEGATIVE_INFINITY) endParagraph(para, p);
      para = p;
    }
    if (m.family === 'double') {
      if (nested && (m.shape === 'close' || m.shape === 'either')) {
        emit(nested, m.tok, m.start, 1, false, false);
        nested = null;
        if (closeBoth && outer) { emit(outer.mark, m.tok, m.start, 0, outer.continuesPrev, false); outer = null; }
      } else if (outer && !nested && m.shape === 'open' && nestedCloses[i] > 0) {
        nested = m;
        closeBoth = nestedCloses[i] === 1;
      } else if (outer && (m.shape === 'close' || m.shape === 'either')) {
        if (inner) inner = null;
        emit(outer.mark, m.tok, m.start, 0, outer.continuesPrev, false);
        outer = null;
      } else if (m.shape === 'open' || m.shape === 'either' || (m.shape === 'close' && !outer && strayOpens[i])) {
        if (outer) emit(outer.mark, null, m.start, 0, outer.continuesPrev, false);
        outer = { mark: m, continuesPrev: continuing && isFirstToken(doc, m.tok) };
        continuing = false;
        inner = null;
      }
    } else if (outer && !inner && !nested && m.shape === 'close' && mistypedCloser(doc, m.tok)) {
      emit(outer.mark, m.tok, m.start, 0, outer.continuesPrev, false);
      outer = null;
    } else if (m.shape === 'open' && !inner && (outer || ahead[i])) {
      inner = m;
    } else if (inner && (m.shape === 'close' || m.shape === 'either') && !possessive[i]) {
      emit(inner, m.tok, m.start, outer ? 1 : 0, false, false);
      inner = null;
    }
  }
  if (para !== Number.NEGATIVE_INFINITY) endParagraph(para, Number.POSITIVE_INFINITY);
  quotes.sort((a, b) => a.start - b.start);
  return { quotes, problems };
}
