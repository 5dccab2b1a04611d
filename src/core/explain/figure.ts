/**
 * The hover of a figure: its value, what it counts, who gives it, the other figures counting the same thing
 * (with the change between them), its distance from the article's date, and what the knowledge base says.
 */
import { builtInEntries, findEntry } from '../knowledge/base';
import { formatDate, yearOf } from '../knowledge/dates';
import type { Quantity } from '../knowledge/types';
import { compareQuantity, relatedFigures, sameCounted } from '../figures/relate';
import type { Figure, Span, TermMention } from '../types';
import { sentenceOf, type FigureContext } from './context';
import { bold, escapeMarkdown, formatNumber, formatPercent, quoted } from './markdown';
import { yearLines } from './years';


function termsInSentence(ctx: FigureContext, span: Span): TermMention[] {
  const s = sentenceOf(ctx.analysis, span);
  return ctx.terms.filter((t) => t.start >= s.start && t.end <= s.end);
}

function speakerName(ctx: FigureContext, f: Figure): string | null {
  const st = ctx.analysis.statements.find((s) => s.id === f.statementId);
  const sp = st?.speakerId ? ctx.analysis.speakers.find((p) => p.id === st.speakerId) : undefined;
  return sp?.name ?? null;
}

/** What tells a figure apart in a list: a treaty named with it, its speaker, or a year in its sentence. */
function labelOf(ctx: FigureContext, f: Figure): string | null {
  const term = termsInSentence(ctx, f)[0];
  if (term) return findEntry(term.entryId, ctx.glossary)?.name ?? term.text;
  const speaker = speakerName(ctx, f);
  if (speaker) return speaker;
  const s = sentenceOf(ctx.analysis, f);
  const year = ctx.analysis.figures.find((y) => y.kind === 'year' && y.start >= s.start && y.end <= s.end);
  return year ? year.text : null;
}

export function valueText(f: Figure): string {
  const unit = f.unit && f.unit !== '%' ? ` ${f.unit}` : f.unit ?? '';
  const range = f.high !== f.value ? `${formatNumber(f.value)}–${formatNumber(f.high)}` : formatNumber(f.value);
  return `${range}${unit}`;
}

function quantityText(q: Quantity): string {
  const n = q.high !== undefined ? `${formatNumber(q.value)}–${formatNumber(q.high)}` : formatNumber(q.value);
  return `${n} ${q.counts}${q.per ? ` (${q.per})` : ''}${q.by ? ` by ${formatDate(q.by)}` : ''}`;
}

/** What the knowledge base says about the number of a term named in the figure's sentence. */
function knowledgeLines(ctx: FigureContext, f: Figure): string[] {
  const lines: string[] = [];
  for (const t of termsInSentence(ctx, f)) {
    const entry = findEntry(t.entryId, ctx.glossary);
    for (const q of entry?.provisions?.flatMap((p) => p.quantities ?? []) ?? []) {
      const verdict = compareQuantity(f, q);
      if (verdict) lines.push(`${entry?.name} sets ${quantityText(q)}: the article ${verdict === 'agrees' ? 'agrees' : `says ${valueText(f)}`}.`);
    }
  }
  return lines.length ? lines : possibleReference(ctx, f);
}

/** "2,000 to 2,500" next to "In 1997" matches the START III framework agreed in 1997 with that very range. */
function possibleReference(ctx: FigureContext, f: Figure): string[] {
  if (!f.counts || f.value === f.high && f.value < 100) return [];
  const s = sentenceOf(ctx.analysis, f);
  const years = new Set(ctx.analysis.figures.filter((y) => y.kind === 'year' && y.start >= s.start && y.end <= s.end).map((y) => y.value));
  const entries = [...ctx.glossary, ...builtInEntries()];
  for (const e of entries) {
    const when = e.signed ?? e.established;
    if (!when || !years.has(yearOf(when.date))) continue;
    const q = e.provisions?.flatMap((p) => p.quantities ?? []).find((x) => x.value === f.value && (x.high ?? x.value) === f.high && sameCounted(f.counts as string, x.counts));
    if (q) return [`Probably refers to the ${e.name} (${formatDate(when.date)}): ${quantityText(q)}.`];
  }
  return [];
}

function relatedLines(ctx: FigureContext, f: Figure): string[] {
  const related = relatedFigures(f, ctx.analysis.figures);
  if (!related) return [];
  const label = (x: Figure) => { const l = labelOf(ctx, x); return `${x.text}${l ? ` (${l})` : ''}`; };
  const change = (c: { low: number; high: number } | null) => (!c ? '' : Math.round(c.low) === Math.round(c.high) ? formatPercent(c.low) : `${formatPercent(c.low)} to ${formatPercent(c.high)}`);
  const head = related.base === f ? 'Other figures for the same thing, compared with this one:' : `Compared with the first figure for it, ${label(related.base)}:`;
  const rows = related.others.map((o) => `- ${escapeMarkdown(label(o.figure))}: ${change(o.change)}${o.figure === f ? ' ← this one' : ''}`);
  return [escapeMarkdown(head), rows.join('\n')];
}

/** Markdown for a figure. */
export function figureMarkdown(ctx: FigureContext, f: Figure): string {
  const counts = f.counts ? ` ${f.counts}` : '';
  const parts = [`${bold(f.text)} · ${escapeMarkdown(f.kind)}`];
  if (f.kind === 'year' || f.kind === 'decade' || f.kind === 'century' || f.kind === 'ordinal') parts.push(...yearLines(ctx, f).map(escapeMarkdown));
  else parts.push(escapeMarkdown(`Value: ${valueText(f)}${counts}${f.approximation ? ` (${f.approximation})` : ''}`));
  const st = ctx.analysis.statements.find((s) => s.id === f.statementId);
  if (st) parts.push(`Stated by ${escapeMarkdown(speakerName(ctx, f) ?? 'an unattributed source')}${st.cue ? ` (${quoted(st.cue.text)})` : ''}.`);
  if (f.kind === 'count' || f.kind === 'range') parts.push(...relatedLines(ctx, f), ...knowledgeLines(ctx, f).map(escapeMarkdown));
  return parts.filter(Boolean).join('\n\n');
}
