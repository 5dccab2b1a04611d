/**
 * The hover's answer by lookup: the same answer as the core's `explainAt` (a unit test compares them at every
 * offset), from indexes of the analysis built once per analysis instead of scans of every term, figure,
 * mention, quotation and statement on each hover. With a user glossary, its terms are matched once per
 * analysis and glossary, not on each hover. No `vscode` import.
 */
import { figureMarkdown } from '../core/explain/figure';
import { quoteMarkdown, speakerMarkdown, statementMarkdown } from '../core/explain/speaker';
import { termMarkdown } from '../core/explain/term';
import type { Explanation } from '../core/explain';
import { findEntry, withGlossary } from '../core/knowledge/base';
import { findTermsWith } from '../core/knowledge/terms';
import type { KnowledgeEntry } from '../core/knowledge/types';
import type { Analysis, Span, TermMention, TextSpan } from '../core/types';
import { OffsetIndex } from './offsetIndex';

interface Terms {
  readonly glossary: readonly KnowledgeEntry[];
  readonly list: readonly TermMention[];
  readonly index: OffsetIndex;
}

/** What a quotation covers for a hover: from its opening mark to its closing one (or its end). */
const quoteExtent = (q: Analysis['quotes'][number]): Span => ({ start: q.open.start, end: q.close?.end ?? q.end });

export class HoverIndex {
  private readonly figures: OffsetIndex;
  /** Every speaker's mentions, speaker by speaker: the first found is the one `explainAt` finds. */
  private readonly mentions: { speaker: number; mention: TextSpan }[];
  private readonly mentionIndex: OffsetIndex;
  private readonly cues: OffsetIndex;
  private readonly quotes: OffsetIndex;
  private readonly statements: OffsetIndex;
  private terms: Terms | undefined;

  constructor(private readonly text: string, private readonly analysis: Analysis) {
    this.figures = new OffsetIndex(analysis.figures);
    this.mentions = analysis.speakers.flatMap((s, speaker) => s.mentions.map((mention) => ({ speaker, mention })));
    this.mentionIndex = new OffsetIndex(this.mentions.map((m) => m.mention));
    // A statement without a cue gets an empty span, which covers no offset.
    this.cues = new OffsetIndex(analysis.statements.map((s) => s.cue ?? { start: 0, end: 0 }));
    this.quotes = new OffsetIndex(analysis.quotes.map(quoteExtent));
    this.statements = new OffsetIndex(analysis.statements);
  }

  explain(offset: number, glossary: readonly KnowledgeEntry[] = []): Explanation | null {
    const { analysis } = this;
    const terms = this.termsFor(glossary);
    const t = terms.index.firstAt(offset);
    const entry = t >= 0 ? findEntry(terms.list[t].entryId, glossary) : undefined;
    if (entry) return { span: terms.list[t], markdown: termMarkdown(entry, analysis.date, glossary, glossary.some((e) => e.id === entry.id)) };
    const f = this.figures.firstAt(offset);
    if (f >= 0) return { span: analysis.figures[f], markdown: figureMarkdown({ analysis, terms: terms.list, glossary }, analysis.figures[f]) };
    const m = this.mentionIndex.firstAt(offset);
    if (m >= 0) return { span: this.mentions[m].mention, markdown: speakerMarkdown(analysis.speakers[this.mentions[m].speaker], this.mentions[m].mention) };
    const c = this.cues.firstAt(offset);
    const byCue = c >= 0 ? analysis.statements[c] : undefined;
    if (byCue?.cue) return { span: byCue.cue, markdown: statementMarkdown(analysis, byCue) };
    const q = this.quotes.firstAt(offset);
    const quote = q >= 0 ? analysis.quotes[q] : undefined;
    const s = firstOf(this.statements.firstAt(offset), quote ? this.statements.firstCovering(quote.start, quote.end) : -1);
    const statement = s >= 0 ? analysis.statements[s] : undefined;
    if (statement) return { span: quote && statement.kind !== 'indirect' ? quoteExtent(quote) : statement, markdown: statementMarkdown(analysis, statement) };
    return quote ? { span: quoteExtent(quote), markdown: quoteMarkdown(quote) } : null;
  }

  /** The terms: the engine's, or with a glossary, matched again with its entries (once per glossary). */
  private termsFor(glossary: readonly KnowledgeEntry[]): Terms {
    if (this.terms?.glossary === glossary) return this.terms;
    const { analysis } = this;
    const list = glossary.length === 0 ? analysis.terms : findTermsWith(this.text, analysis.structure, withGlossary(glossary), analysis.date);
    this.terms = { glossary, list, index: new OffsetIndex(list) };
    return this.terms;
  }
}

function firstOf(a: number, b: number): number {
  return a < 0 ? b : b < 0 ? a : Math.min(a, b);
}

const indexes = new WeakMap<Analysis, HoverIndex>();

/** The index of an analysis, built on its first hover. */
export function hoverIndex(text: string, analysis: Analysis): HoverIndex {
  let index = indexes.get(analysis);
  if (!index) indexes.set(analysis, (index = new HoverIndex(text, analysis)));
  return index;
}
