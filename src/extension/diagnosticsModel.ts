/**
 * Which problems of an analysis become diagnostics, and where: a quotation mark that never closes (on the
 * opening mark), a quotation with no speaker, and two names merged into one speaker only by a weak rule.
 * No vscode import: unit-tested as is.
 */
import type { Analysis, Problem, Span } from '../core/types';

export type ArticleDiagnosticLevel = 'configured' | 'information';

export interface ArticleDiagnostic extends Span {
  readonly code: Problem['code'];
  readonly message: string;
  /** `configured`: the user's severity setting; `information`: always informational (weak merges). */
  readonly level: ArticleDiagnosticLevel;
}

export function articleDiagnostics(analysis: Analysis): ArticleDiagnostic[] {
  const found: ArticleDiagnostic[] = [];
  for (const problem of analysis.problems) {
    if (problem.code === 'unclosed-quote') found.push({ ...openingMark(analysis, problem), code: problem.code, message: problem.message, level: 'configured' });
    if (problem.code === 'unattributed-quote') found.push({ start: problem.start, end: problem.end, code: problem.code, message: problem.message, level: 'configured' });
    if (problem.code === 'weak-merge') found.push({ start: problem.start, end: problem.end, code: problem.code, message: problem.message, level: 'information' });
  }
  found.push(...unflaggedUnattributed(analysis, found), ...unflaggedWeakMerges(analysis, found));
  return found.sort((a, b) => a.start - b.start);
}

/** The opening mark of the unclosed quotation a problem reports, so the squiggle sits on it. */
function openingMark(analysis: Analysis, problem: Span): Span {
  const quote = analysis.quotes.find((q) => q.close === null && problem.start <= q.open.start && q.open.start < Math.max(problem.end, problem.start + 1));
  return quote ? quote.open : { start: problem.start, end: Math.min(problem.end, problem.start + 1) };
}

/** Unattributed statements the engine did not report as problems ("…," no cue, no speaker). */
function unflaggedUnattributed(analysis: Analysis, found: readonly ArticleDiagnostic[]): ArticleDiagnostic[] {
  return analysis.statements
    .filter((s) => s.speakerId === null && s.kind !== 'indirect')
    .filter((s) => !found.some((d) => d.code === 'unattributed-quote' && overlaps(d, s)))
    .map((s) => ({ start: s.start, end: s.end, code: 'unattributed-quote' as const, message: 'Quotation with no speaker: no cue or name attributes it.', level: 'configured' as const }));
}

/** Speakers flagged `weakMerge` with no matching problem: reported on the first mention under another name. */
function unflaggedWeakMerges(analysis: Analysis, found: readonly ArticleDiagnostic[]): ArticleDiagnostic[] {
  const result: ArticleDiagnostic[] = [];
  for (const speaker of analysis.speakers) {
    if (!speaker.weakMerge || !speaker.mentions.length) continue;
    if (found.some((d) => d.code === 'weak-merge' && speaker.mentions.some((m) => overlaps(d, m)))) continue;
    const mention = speaker.mentions.find((m) => m.text !== speaker.name && speaker.aliases.includes(m.text)) ?? speaker.mentions[0];
    result.push({ start: mention.start, end: mention.end, code: 'weak-merge', message: `“${mention.text}” counted as ${speaker.name}: ${speaker.weakMerge}`, level: 'information' });
  }
  return result;
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}
