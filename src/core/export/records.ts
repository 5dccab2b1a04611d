/** Flat statement records: the rows of every export format. */
import type { Analysis, Speaker } from '../types';
import { groupBySpeaker, type GroupOptions } from './groups';

export interface StatementRecord {
  readonly id: string;
  readonly kind: string;
  readonly speaker: string | null;
  readonly role: string | null;
  readonly text: string;
  readonly cue: string | null;
  readonly speakerMention: string | null;
  /** 1-based line of the statement's first character. */
  readonly line: number;
  readonly start: number;
  readonly end: number;
}

/** The statements of an analysis as records, in reading order. `text` is the analysed document's text. */
export function statementRecords(analysis: Analysis, text: string): StatementRecord[] {
  const speakers = new Map<string, Speaker>(analysis.speakers.map((s) => [s.id, s]));
  const lineOf = lineFinder(text);
  return [...analysis.statements]
    .sort((a, b) => a.start - b.start)
    .map((s) => {
      const speaker = s.speakerId !== null ? speakers.get(s.speakerId) ?? null : null;
      return {
        id: s.id,
        kind: s.kind,
        speaker: speaker?.name ?? null,
        role: speaker?.role ?? null,
        text: s.text,
        cue: s.cue?.text ?? null,
        speakerMention: s.speakerMention?.text ?? null,
        line: lineOf(s.start),
        start: s.start,
        end: s.end,
      };
    });
}

/** Records grouped as in the Speakers view (same sort, filter and "Unattributed" group). */
export function groupedRecords(analysis: Analysis, text: string, options: GroupOptions): { speaker: Speaker | null; records: StatementRecord[] }[] {
  const byId = new Map(statementRecords(analysis, text).map((r) => [r.id, r]));
  return groupBySpeaker(analysis, options).map((g) => ({ speaker: g.speaker, records: g.statements.map((s) => byId.get(s.id)).filter((r): r is StatementRecord => !!r) }));
}

/** A function from offset to 1-based line number (LF, CRLF or CR line ends), by binary search. */
export function lineFinder(text: string): (offset: number) => number {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
  }
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid] <= offset) low = mid;
      else high = mid - 1;
    }
    return low + 1;
  };
}

/** "14 statements · 5 speakers": every statement, and the speakers with at least one statement. */
export function summaryCounts(analysis: Analysis): { statements: number; speakers: number } {
  const known = new Set(analysis.speakers.map((s) => s.id));
  const speaking = new Set(analysis.statements.map((s) => s.speakerId).filter((id): id is string => id !== null && known.has(id)));
  return { statements: analysis.statements.length, speakers: speaking.size };
}

export function summaryText(analysis: Analysis): string {
  const { statements, speakers } = summaryCounts(analysis);
  return `${statements} ${statements === 1 ? 'statement' : 'statements'} · ${speakers} ${speakers === 1 ? 'speaker' : 'speakers'}`;
}
