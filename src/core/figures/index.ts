/**
 * Figures of an article: counts, ranges, percentages, money, years, decades, centuries and ordinals, each with
 * what it counts and the statement it stands in.
 */
import { findArticleDate } from '../articleDate';
import { yearOf } from '../knowledge/dates';
import { SpanIndex } from '../knowledge/spanIndex';
import type { Figure, Span, Statement, Structure } from '../types';
import { findAtoms } from './atoms';
import { buildFigures, type Draft } from './build';
import { CENTURY, DECADE, LEXICON, ORDINAL } from './lexicon';
import type { FigureMemo } from '../incremental/figureReuse';
import { firstOfOverlapping, inheritCounts } from './stretchSteps';

const ORDINAL_WORDS: Record<string, number> = LEXICON.ordinalWords;

/** The stretches to read: headline and body paragraphs (not front matter, dateline or boilerplate). */
function readableSpans(text: string, structure: Structure): Span[] {
  const spans: Span[] = [];
  if (structure.headline) spans.push(structure.headline);
  spans.push(...structure.paragraphs);
  if (spans.length === 0) spans.push({ start: structure.frontMatter?.end ?? 0, end: text.length });
  return spans;
}

function century(m: RegExpExecArray): Draft {
  const n = m[1] ? Number(m[1]) : ORDINAL_WORDS[m[2].toLowerCase()];
  return { start: m.index, end: m.index + m[0].length, text: m[0], kind: 'century', value: (n - 1) * 100, high: (n - 1) * 100 + 99, approximation: null, unit: null, counts: null };
}

/** "the 1990s", "'90s" (in the century that puts it at or before the article's year), "the 1500s" (a century). */
function decade(m: RegExpExecArray, articleYear: number | null): Draft {
  let start: number;
  if (m[1]) start = Number(m[1]);
  else {
    const base = articleYear !== null ? Math.floor(articleYear / 100) * 100 : 1900;
    start = base + Number(m[2]);
    if (articleYear !== null && start > articleYear) start -= 100;
  }
  const wholeCentury = m[1] !== undefined && start % 100 === 0;
  const high = wholeCentury ? start + 99 : start + 9;
  return { start: m.index, end: m.index + m[0].length, text: m[0], kind: wholeCentury ? 'century' : 'decade', value: start, high, approximation: null, unit: null, counts: null };
}

function ordinal(m: RegExpExecArray): Draft {
  const n = Number(m[1]);
  return { start: m.index, end: m.index + m[0].length, text: m[0], kind: 'ordinal', value: n, high: n, approximation: null, unit: null, counts: null };
}

function matchesIn(re: RegExp, text: string, span: Span, make: (m: RegExpExecArray) => Draft): Draft[] {
  const out: Draft[] = [];
  const slice = text.slice(0, span.end);
  re.lastIndex = span.start;
  for (let m = re.exec(slice); m; m = re.exec(slice)) out.push(make(m));
  return out;
}

/**
 * Where the text has what a century, decade or ordinal needs ("century" in any case, "0s", a digit before
 * "s", "n", "r" or "t" of "st", "nd", "rd", "th"): the stretches without it skip those patterns, which would
 * find nothing there.
 */
class Hints {
  private readonly century: number[];
  private readonly decade: number[];
  private readonly ordinal: number[];

  constructor(text: string) {
    this.century = Hints.offsets(/century/gi, text);
    this.decade = Hints.offsets(/0s/g, text);
    this.ordinal = Hints.offsets(/[0-9](?=[snrt])/g, text);
  }

  private static offsets(re: RegExp, text: string): number[] {
    const out: number[] = [];
    for (let m = re.exec(text); m; m = re.exec(text)) out.push(m.index);
    return out;
  }

  /** Whether a hint of `length` characters lies wholly in the span. */
  private static within(offsets: readonly number[], length: number, span: Span): boolean {
    let lo = 0;
    let hi = offsets.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (offsets[mid] < span.start) lo = mid + 1;
      else hi = mid;
    }
    return lo < offsets.length && offsets[lo] + length <= span.end;
  }

  mayHaveCentury(span: Span): boolean { return Hints.within(this.century, 7, span); }
  mayHaveDecade(span: Span): boolean { return Hints.within(this.decade, 2, span); }
  mayHaveOrdinal(span: Span): boolean { return Hints.within(this.ordinal, 3, span); }
}

/** Drafts of one stretch; the first of overlapping drafts (centuries before ordinals) wins. */
function draftsIn(text: string, span: Span, articleYear: number | null, hints: Hints): Draft[] {
  const all = [
    ...(hints.mayHaveCentury(span) ? matchesIn(CENTURY(), text, span, century) : []),
    ...(hints.mayHaveDecade(span) ? matchesIn(DECADE(), text, span, (m) => decade(m, articleYear)) : []),
    ...buildFigures(text, findAtoms(text, span.start, span.end)),
    ...(hints.mayHaveOrdinal(span) ? matchesIn(ORDINAL(), text, span, ordinal) : []),
  ];
  return firstOfOverlapping(all).sort((a, b) => a.start - b.start);
}

/**
 * Every figure of the article, in reading order, with the statement it stands in. `memo`: the figures of the
 * stretches an edit left unchanged, from the previous version of the document (incremental/figureReuse.ts).
 */
export function findFigures(text: string, structure: Structure, statements: readonly Statement[], memo?: FigureMemo): Figure[] {
  const date = findArticleDate(text, structure);
  const articleYear = date ? yearOf(date) : null;
  // Built on the first stretch read: after an edit, the stretches taken from the memo need none.
  let hints: Hints | undefined;
  const byPlace = new SpanIndex(statements);
  const figures: Figure[] = [];
  for (const span of readableSpans(text, structure)) {
    const find = () => inheritCounts(text, span, draftsIn(text, span, articleYear, (hints ??= new Hints(text))));
    for (const d of memo ? memo.draftsOf(span, articleYear, find) : find()) figures.push(withStatement(d, byPlace.containing(d.start, d.end)?.id ?? null));
  }
  return figures;
}

/** `{ ...d, statementId }`, the fields in the same order, without the spread's slow path for an added field. */
function withStatement(d: Draft, statementId: string | null): Figure {
  return { start: d.start, end: d.end, text: d.text, kind: d.kind, value: d.value, high: d.high, approximation: d.approximation, unit: d.unit, counts: d.counts, statementId };
}
