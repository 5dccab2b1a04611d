/**
 * Article Lens core: `analyze(text)` is the only entry. It is pure (no I/O, no `vscode`), so it runs in the
 * CLI, in unit tests, in the extension host and in a browser worker. `IncrementalAnalyzer` gives the same
 * analysis for successive versions of one document, faster after a small edit.
 *
 * The pipeline is a chain of small passes, each in its own module (see pipeline.ts):
 * structure → quotations → cues → mentions → speakers → statements → figures and terms.
 */
import { runPipeline } from './pipeline';
import type { Analysis, AnalyzeOptions } from './types';

export * from './types';
export { IncrementalAnalyzer } from './incremental/analyzer';

/** Analyses an article's text. Never throws: malformed input gives a (possibly empty) analysis. */
export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  return runPipeline(text, options).analysis;
}
