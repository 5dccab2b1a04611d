/**
 * "Export statements": the same records as JSON, CSV (RFC 4180) or Markdown. Every export holds every
 * statement of the article; Markdown groups them by speaker in the Speakers view's order.
 */
import type { Analysis } from '../types';
import { groupedRecords, statementRecords, type StatementRecord } from './records';
import type { SpeakerSort } from './groups';

export type ExportFormat = 'json' | 'csv' | 'markdown';

export interface ExportSource {
  /** The article's file name ("genoa-summit-2001.article"), or the untitled editor's title. */
  readonly name: string;
  /** The analysed text (for line numbers). */
  readonly text: string;
  readonly analysis: Analysis;
  readonly sort?: SpeakerSort;
}

export function exportStatements(format: ExportFormat, source: ExportSource): string {
  if (format === 'json') return toJsonExport(source);
  if (format === 'csv') return toCsv(statementRecords(source.analysis, source.text));
  return toMarkdown(source);
}

export function toJsonExport({ name, text, analysis }: ExportSource): string {
  const speakers = analysis.speakers
    .filter((s) => analysis.statements.some((st) => st.speakerId === s.id))
    .map((s) => ({ name: s.name, role: s.role, kind: s.kind, aliases: [...s.aliases], statements: analysis.statements.filter((st) => st.speakerId === s.id).length }));
  const document = { source: name, headline: analysis.structure.headline?.text ?? null, date: analysis.date, speakers, statements: statementRecords(analysis, text) };
  return `${JSON.stringify(document, null, 2)}\n`;
}

const CSV_COLUMNS: readonly (keyof StatementRecord)[] = ['speaker', 'role', 'kind', 'text', 'cue', 'speakerMention', 'line', 'start', 'end', 'id'];

/** CSV with a header row and CRLF line ends, as RFC 4180 and spreadsheet programs expect. */
export function toCsv(records: readonly StatementRecord[]): string {
  const rows = [CSV_COLUMNS.map(String), ...records.map((r) => CSV_COLUMNS.map((c) => r[c]))];
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/**
 * Quotes a cell when it holds a comma, quote or line break, doubling inner quotes. A text cell starting
 * with = + - @ gets a leading apostrophe so a spreadsheet shows it instead of running it as a formula.
 */
export function csvCell(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toMarkdown({ name, text, analysis, sort }: ExportSource): string {
  const headline = analysis.structure.headline?.text;
  const groups = groupedRecords(analysis, text, { sort: sort ?? 'appearance', showUnattributed: true });
  const total = analysis.statements.length;
  const lines = [`# ${markdownText(headline ?? name)}`, '', `${total} ${plural(total, 'statement')} from ${markdownText(name)}.`];
  for (const { speaker, records } of groups) {
    lines.push('', `## ${markdownText(speaker?.name ?? 'Unattributed')}`);
    if (speaker?.role) lines.push('', `*${markdownText(speaker.role)}*`);
    lines.push('', ...records.map(markdownItem));
  }
  return `${lines.join('\n')}\n`;
}

function markdownItem(record: StatementRecord): string {
  const words = markdownText(record.text);
  const quoted = record.kind === 'indirect' ? words : `“${words}”`;
  const cue = record.cue ? ` — ${markdownText(record.cue)}` : '';
  return `- ${quoted}${cue} (${record.kind}, line ${record.line})`;
}

/**
 * Escapes inline Markdown syntax so an article's text shows as written (`*`, `_`, `[`, `<`, `#`…). Block
 * syntax ("- ", "1. ") needs no escape: exported text never starts a line.
 */
export function markdownText(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(/[\\`*_[\]<>#|~&]/g, (c) => `\\${c}`);
}

function plural(n: number, word: string): string {
  return n === 1 ? word : `${word}s`;
}
