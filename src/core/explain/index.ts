/**
 * What to show when the pointer rests at an offset of the article: a knowledge-base term, a figure, a speaker
 * mention, a statement or a quotation, as escaped Markdown (article and glossary text can never become links,
 * HTML or commands). Pure: the extension wraps the result in an untrusted MarkdownString.
 */
import { withGlossary } from '../knowledge/base';
import { findTermsWith } from '../knowledge/terms';
import type { KnowledgeEntry } from '../knowledge/types';
import type { Analysis, Span, TermMention } from '../types';
import type { FigureContext } from './context';
import { figureMarkdown } from './figure';
import { quoteMarkdown, speakerMarkdown, statementMarkdown } from './speaker';
import { termMarkdown } from './term';
import { findEntry } from '../knowledge/base';

export { escapeMarkdown } from './markdown';

export interface ExplainOptions {
  readonly glossary?: readonly KnowledgeEntry[];
}

export interface Explanation {
  readonly span: Span;
  readonly markdown: string;
}

function contains(span: Span, offset: number): boolean {
  return span.start <= offset && offset < span.end;
}

/** Terms of the article, with glossary entries (new ones and overrides) matched too. */
function termsWithGlossary(text: string, analysis: Analysis, glossary: readonly KnowledgeEntry[]): readonly TermMention[] {
  if (glossary.length === 0) return analysis.terms;
  return findTermsWith(text, analysis.structure, withGlossary(glossary), analysis.date);
}

function explainTerm(ctx: FigureContext, offset: number): Explanation | null {
  const term = ctx.terms.find((t) => contains(t, offset));
  const entry = term ? findEntry(term.entryId, ctx.glossary) : undefined;
  if (!term || !entry) return null;
  const fromGlossary = ctx.glossary.some((e) => e.id === entry.id);
  return { span: term, markdown: termMarkdown(entry, ctx.analysis.date, ctx.glossary, fromGlossary) };
}

function explainSpeech(analysis: Analysis, offset: number): Explanation | null {
  for (const speaker of analysis.speakers) {
    const mention = speaker.mentions.find((m) => contains(m, offset));
    if (mention) return { span: mention, markdown: speakerMarkdown(speaker, mention) };
  }
  const byCue = analysis.statements.find((s) => s.cue && contains(s.cue, offset));
  if (byCue?.cue) return { span: byCue.cue, markdown: statementMarkdown(analysis, byCue) };
  const quote = analysis.quotes.find((q) => q.open.start <= offset && offset < (q.close?.end ?? q.end));
  const statement = analysis.statements.find((s) => contains(s, offset) || (quote && s.start <= quote.start && quote.end <= s.end));
  if (statement) return { span: quote && statement.kind !== 'indirect' ? { start: quote.open.start, end: quote.close?.end ?? quote.end } : statement, markdown: statementMarkdown(analysis, statement) };
  if (quote) return { span: { start: quote.open.start, end: quote.close?.end ?? quote.end }, markdown: quoteMarkdown(quote) };
  return null;
}

/** The hover at `offset` (a UTF-16 index into `text`, the analysed text), or null when there is nothing to say. */
export function explainAt(text: string, analysis: Analysis, offset: number, options: ExplainOptions = {}): Explanation | null {
  const glossary = options.glossary ?? [];
  const ctx: FigureContext = { analysis, terms: termsWithGlossary(text, analysis, glossary), glossary };
  const term = explainTerm(ctx, offset);
  if (term) return term;
  const figure = analysis.figures.find((f) => contains(f, offset));
  if (figure) return { span: figure, markdown: figureMarkdown(ctx, figure) };
  return explainSpeech(analysis, offset);
}
