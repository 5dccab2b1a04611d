/** What is at an offset: the statement under the cursor, the speaker of a mention. */
import type { Analysis, Span, Speaker, Statement } from '../types';

/**
 * A statement's whole extent: its words, the quotation marks around them, its speaker mention and cue.
 * For `"The two go hand in hand," Bush said` that is the whole line from the opening mark to "said".
 */
export function statementExtent(statement: Statement, text: string): Span {
  const hasMarks = statement.kind !== 'indirect';
  let start = statement.start;
  let end = statement.end;
  if (hasMarks && isQuoteMark(text[start - 1])) start--;
  if (hasMarks && isQuoteMark(text[end])) end++;
  for (const part of [statement.speakerMention, statement.cue]) {
    if (!part) continue;
    start = Math.min(start, part.start);
    end = Math.max(end, part.end);
  }
  return { start, end };
}

function isQuoteMark(char: string | undefined): boolean {
  return char !== undefined && /["“”„«»‘’'‹›]/.test(char);
}

/**
 * The statement at an offset: the one whose words contain it, else the innermost whose extent does.
 * Offsets at either edge count as inside, so a cursor just after a closing mark still finds the quotation.
 */
export function statementAt(analysis: Analysis, text: string, offset: number): Statement | null {
  const inWords = analysis.statements.filter((s) => s.start <= offset && offset <= s.end);
  if (inWords.length) return smallest(inWords, (s) => s);
  const inExtent = analysis.statements.filter((s) => contains(statementExtent(s, text), offset));
  return inExtent.length ? smallest(inExtent, (s) => statementExtent(s, text)) : null;
}

/** The speaker one of whose mentions (or statements' speaker mentions) contains the offset. */
export function speakerAt(analysis: Analysis, offset: number): Speaker | null {
  for (const speaker of analysis.speakers) {
    if (speaker.mentions.some((m) => contains(m, offset))) return speaker;
  }
  const statement = analysis.statements.find((s) => s.speakerMention && contains(s.speakerMention, offset));
  return statement?.speakerId ? analysis.speakers.find((s) => s.id === statement.speakerId) ?? null : null;
}

function contains(span: Span, offset: number): boolean {
  return span.start <= offset && offset <= span.end;
}

function smallest<T>(items: readonly T[], spanOf: (item: T) => Span): T {
  const width = (item: T) => spanOf(item).end - spanOf(item).start;
  return items.reduce((best, item) => (width(item) < width(best) ? item : best));
}

/** The speaker's mentions and statements, in reading order, without duplicates. */
export function speakerSpans(analysis: Analysis, speaker: Speaker): Span[] {
  const spans: Span[] = [...speaker.mentions];
  for (const statement of analysis.statements) {
    if (statement.speakerId !== speaker.id) continue;
    if (statement.speakerMention) spans.push(statement.speakerMention);
    spans.push({ start: statement.start, end: statement.end });
  }
  const seen = new Set<string>();
  return spans
    .sort((a, b) => a.start - b.start || a.end - b.end)
    .filter((span) => {
      const key = `${span.start}:${span.end}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}
