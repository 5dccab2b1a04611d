/**
 * The analysis pipeline behind `analyze` (index.ts): structure → quotations → cues → mentions → speakers →
 * statements → figures and terms. Given the previous run on an earlier version of the same document (see
 * incremental/analyzer.ts), the paragraphs an edit left unchanged keep their tokens and figures, and the
 * text's word runs are rescanned only around the edit; every other pass runs on the whole text, and the
 * analysis is the one a fresh run gives.
 */
import { buildDoc, type Doc } from './doc';
import { scanQuotes } from './quotes/find';
import { findCues } from './cues';
import { findMentions } from './mentions';
import { buildStatements } from './statements';
import { findFigures } from './figures';
import { findTerms } from './knowledge/terms';
import { findArticleDate } from './articleDate';
import { TextDelta } from './incremental/textDelta';
import { TokenReuse } from './incremental/tokenReuse';
import { FigureMemo } from './incremental/figureReuse';
import { keepRunsAfterEdit } from './knowledge/wordRuns';
import type { Analysis, AnalyzeOptions } from './types';

/** What a run keeps for the next version of its document. */
export interface PipelineRun {
  readonly doc: Doc;
  readonly figures: FigureMemo;
  /** Paragraphs whose tokens, and stretches whose figures, came from the previous run. */
  readonly reused: { readonly paragraphs: number; readonly figureStretches: number };
}

/** Analyses `text` (see `analyze`); with `previous`, also returns what the next version can reuse. */
export function runPipeline(text: string, options: AnalyzeOptions, previous?: PipelineRun | null): { analysis: Analysis; run: PipelineRun | null } {
  const input = options.maxLength !== undefined && text.length > options.maxLength ? text.slice(0, options.maxLength) : text;
  const incremental = previous !== undefined;
  const delta = previous ? new TextDelta(previous.doc.text, input) : undefined;
  const tokenReuse = previous && delta ? new TokenReuse(previous.doc, delta) : undefined;
  const figureMemo = incremental ? new FigureMemo(input, previous?.figures, delta) : undefined;
  const doc = buildDoc(input, tokenReuse);
  // The word runs the figure and term passes read: rescanned only around the edit.
  if (delta) keepRunsAfterEdit(input, delta);
  const structure = doc.structure;
  const scan = scanQuotes(doc);
  const cues = findCues(doc, scan.quotes);
  const mentions = findMentions(doc, scan.quotes);
  const attribution = buildStatements(doc, scan, cues, mentions);
  const { statements, speakers } = attribution;
  const figures = findFigures(input, structure, statements, figureMemo);
  figureMemo?.finish();
  const terms = findTerms(input, structure);
  const date = findArticleDate(input, structure);
  const problems = [...attribution.problems];
  if (input.length < text.length) {
    problems.push({ start: input.length, end: text.length, code: 'truncated', message: `Only the first ${input.length} characters were analysed.` });
  }
  const analysis: Analysis = { length: text.length, structure, quotes: attribution.quotes, statements, speakers, figures, terms, date, problems };
  const run = figureMemo ? { doc, figures: figureMemo, reused: { paragraphs: tokenReuse?.copied ?? 0, figureStretches: figureMemo.reused } } : null;
  return { analysis, run };
}
