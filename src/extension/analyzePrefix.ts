/**
 * Analysing the first characters of a long document without holding all of it: the extension host reads only
 * the prefix it will analyse (reading 20 MB for 200,000 analysed characters would itself block the editor)
 * and the result is exactly `analyze(fullText, { maxLength })`. Only the worker thread (analysisWorker.ts)
 * imports it: this is where the engine enters a bundle, and dist/extension.js must not hold it.
 */
import { analyze, type IncrementalAnalyzer } from '../core';
import type { Analysis, AnalyzeOptions } from '../core/types';

/**
 * `prefix` is the document's first `min(fullLength, maxLength)` characters. For a 20,000,000-character
 * document and a limit of 200,000, the core is asked to analyse the prefix plus one character with the limit,
 * so that it reports the cut in its own words ("Only the first 200000 characters were analysed."); the
 * problem and the length are then stretched to the real document's length. `analyzer`: the document's
 * incremental analyzer (the same result, faster after a small edit of a long document).
 */
export function analyzePrefix(prefix: string, fullLength: number, analyzer?: IncrementalAnalyzer): Analysis {
  const run = (text: string, options?: AnalyzeOptions) => (analyzer ? analyzer.analyze(text, options) : analyze(text, options));
  if (fullLength <= prefix.length) return run(prefix);
  const analysis = run(`${prefix} `, { maxLength: prefix.length });
  const problems = analysis.problems.map((p) => (p.code === 'truncated' ? { ...p, end: fullLength } : p));
  return { ...analysis, length: fullLength, problems };
}
