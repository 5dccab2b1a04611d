/**
 * Article Lens core: `analyze(text)` is the only entry. It is pure (no I/O, no `vscode`), so it runs in the
 * CLI, in unit tests, in the extension host and in a browser worker.
 *
 * The pipeline is a chain of small passes, each in its own module:
 * structure → quotations → cues → mentions → speakers → statements → figures and terms.
 */
import { buildDoc } from './doc';
import { scanQuotes } from './quotes/find';
import { findCues } from './cues';
import { findMentions } from './mentions';
import { buildStatements } from './statements';
import { findFigures } from './figures';
import { findTerms } from './knowledge/terms';
import { findArticleDate } from './articleDate';
import type { Analysis, AnalyzeOptions } from './types';

export * from './types';

/** Analyses an article's text. Never throws: malformed input gives a (possibly empty) analysis. */
export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  const input = options.maxLength !== undefined && text.length > options.maxLength ? text.slice(0, options.maxLength) : text;
  const doc = buildDoc(input);
  const structure = doc.structure;
  const scan = scanQuotes(doc);
  const cues = findCues(doc, scan.quotes);
  const mentions = findMentions(doc, scan.quotes);
  const attribution = buildStatements(doc, scan, cues, mentions);
  const { statements, speakers } = attribution;
  const figures = findFigures(input, structure, statements);
  const terms = findTerms(input, structure);
  const date = findArticleDate(input, structure);
  const problems = [...attribution.problems];
  if (input.length < text.length) {
    problems.push({ start: input.length, end: text.length, code: 'truncated', message: `Only the first ${input.length} characters were analysed.` });
  }
  return { length: text.length, structure, quotes: attribution.quotes, statements, speakers, figures, terms, date, problems };
}
