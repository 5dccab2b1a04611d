/**
 * Which problems of an analysis become diagnostics, and where: a quotation mark that never closes (on the
 * opening mark), a quotation with no speaker, and two names merged into one speaker only by a weak rule.
 * Each lookup is an index query, not a scan: a long article has thousands of statements and problems.
 * No vscode import: unit-tested as is.
 */
import type { Analysis, Problem, Span } from '../core/types';
import { OffsetIndex } from './offsetIndex';

export type ArticleDiagnosticLevel = 'configured' | 'information';

export interface ArticleDiagnostic extends Span {
  readonly code: Problem['code'];
  readonly message: string;
  /** `configured`: the user's severity setting; `information`: always informational (weak merges). */
  readonly level: ArticleDiagnosticLevel;
}

export function articleDiagnostics(analysis: Analysis): ArticleDiagnostic[] {
  const found: ArticleDiagnostic[] = [];
  // Built only when needed: it reads the quotations, which an analysis from the worker decodes on first read.
  let openings: ((problem: Span) => Span) | undefined;
  for (const problem of analysis.problems) {
    if (problem.code === 'unclosed-quote') found.push({ ...(openings ??= unclosedOpenings(analysis))(problem), code: problem.code, message: problem.message, level: 'configured' });
    if (problem.code === 'unattributed-quote') found.push({ start: problem.start, end: problem.end, code: problem.code, message: problem.message, level: 'configured' });
    if (problem.code === 'weak-merge') found.push({ start: problem.start, end: problem.end, code: problem.code, message: problem.message, level: 'information' });
  }
  found.push(...unflaggedUnattributed(analysis, found), ...unflaggedWeakMerges(analysis, found));
  return found.sort((a, b) => a.start - b.start);
}

/**
 * The opening mark of the unclosed quotation a problem reports, so the squiggle sits on it: the first
 * unclosed quotation whose opening mark starts in [problem.start, max(problem.end, problem.start + 1)).
 * A mark at p is indexed as the span [-p, -(p + 1)]: "start <= -a and end >= -b" is then "a <= p < b".
 */
function unclosedOpenings(analysis: Analysis): (problem: Span) => Span {
  const unclosed = analysis.quotes.filter((q) => q.close === null);
  const index = new OffsetIndex(unclosed.map((q) => ({ start: -q.open.start, end: -(q.open.start + 1) })));
  return (problem) => {
    const i = index.firstCovering(-problem.start, -Math.max(problem.end, problem.start + 1));
    return i >= 0 ? unclosed[i].open : { start: problem.start, end: Math.min(problem.end, problem.start + 1) };
  };
}

/** Whether a span overlaps one of the indexed spans (`a.start < b.end && b.start < a.end`, as a query). */
function overlapsAny(index: OffsetIndex, span: Span): boolean {
  return index.firstCovering(span.end - 1, span.start + 1) >= 0;
}

const indexOf = (found: readonly ArticleDiagnostic[], code: Problem['code']) => new OffsetIndex(found.filter((d) => d.code === code));

/** Unattributed statements the engine did not report as problems ("…," no cue, no speaker). */
function unflaggedUnattributed(analysis: Analysis, found: readonly ArticleDiagnostic[]): ArticleDiagnostic[] {
  const reported = indexOf(found, 'unattributed-quote');
  return analysis.statements
    .filter((s) => s.speakerId === null && s.kind !== 'indirect' && !overlapsAny(reported, s))
    .map((s) => ({ start: s.start, end: s.end, code: 'unattributed-quote' as const, message: 'Quotation with no speaker: no cue or name attributes it.', level: 'configured' as const }));
}

/** Speakers flagged `weakMerge` with no matching problem: reported on the first mention under another name. */
function unflaggedWeakMerges(analysis: Analysis, found: readonly ArticleDiagnostic[]): ArticleDiagnostic[] {
  const reported = indexOf(found, 'weak-merge');
  const result: ArticleDiagnostic[] = [];
  for (const speaker of analysis.speakers) {
    if (!speaker.weakMerge || !speaker.mentions.length) continue;
    if (speaker.mentions.some((m) => overlapsAny(reported, m))) continue;
    const mention = speaker.mentions.find((m) => m.text !== speaker.name && speaker.aliases.includes(m.text)) ?? speaker.mentions[0];
    result.push({ start: mention.start, end: mention.end, code: 'weak-merge', message: `“${mention.text}” counted as ${speaker.name}: ${speaker.weakMerge}`, level: 'information' });
  }
  return result;
}
