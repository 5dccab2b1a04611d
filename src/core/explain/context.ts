/** What the hover builders share: the analysis, the terms found (built-in and glossary) and the glossary. */
import type { KnowledgeEntry } from '../knowledge/types';
import type { Analysis, Span, TermMention } from '../types';

export interface FigureContext {
  readonly analysis: Analysis;
  readonly terms: readonly TermMention[];
  readonly glossary: readonly KnowledgeEntry[];
}

/** The sentence (else the paragraph) containing the start of a span. */
export function sentenceOf(analysis: Analysis, span: Span): Span {
  const s = analysis.structure.sentences.find((q) => q.start <= span.start && span.start < q.end);
  return s ?? analysis.structure.paragraphs.find((p) => p.start <= span.start && span.start < p.end) ?? span;
}
