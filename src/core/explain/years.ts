/** Year, decade and century hovers: distance from the article's date, and dates of treaties named with them. */
import { findEntry } from '../knowledge/base';
import { compareDates, formatDate, yearOf } from '../knowledge/dates';
import type { Figure } from '../types';
import { sentenceOf, type FigureContext } from './context';

function distance(f: Figure, articleYear: number): string {
  const near = articleYear - f.high;
  const far = articleYear - f.value;
  if (far < 0) return near === far ? `${-far} years after this article` : `${-near}–${-far} years after this article`;
  if (far === 0 && near === 0) return 'the year of this article';
  if (near < 0) return 'a period that includes the year of this article';
  return near === far ? `${far} year${far === 1 ? '' : 's'} before this article` : `${near}–${far} years before this article`;
}

/** Knowledge-base dates in the figure's year, for the terms named in its sentence. */
function knowledgeDates(ctx: FigureContext, f: Figure): string[] {
  const s = sentenceOf(ctx.analysis, f);
  const lines: string[] = [];
  for (const t of ctx.terms.filter((x) => x.start >= s.start && x.end <= s.end)) {
    const e = findEntry(t.entryId, ctx.glossary);
    if (!e) continue;
    const facts: [string, string | undefined][] = [['signed', e.signed?.date], ['entered into force', e.inForce?.date], ['established', e.established?.date], ['ended', e.ended?.date]];
    const hit = facts.find(([, d]) => d !== undefined && yearOf(d) >= f.value && yearOf(d) <= f.high);
    const adjacent = t.start - f.end >= 0 && t.start - f.end <= 2;
    if (hit) lines.push(`${e.name}: ${hit[0]} ${formatDate(hit[1] as string)} — consistent with the article.`);
    else if (adjacent && e.signed) lines.push(`Note: ${e.name} was signed on ${formatDate(e.signed.date)}, not in ${f.text}.`);
  }
  return lines;
}

export function yearLines(ctx: FigureContext, f: Figure): string[] {
  const lines: string[] = [];
  if (f.kind === 'century') lines.push(`The years ${f.value}–${f.high}.`);
  if (f.kind === 'decade') lines.push(`The years ${f.value}–${f.high}.`);
  if (f.kind === 'ordinal') return [`Ordinal: number ${f.value} in a sequence.`];
  const date = ctx.analysis.date;
  if (date && compareDates(date, '0000') !== null) lines.push(`${distance(f, yearOf(date))[0].toUpperCase()}${distance(f, yearOf(date)).slice(1)} (${formatDate(date)}).`);
  else lines.push("The article's date is unknown, so the distance from it cannot be given.");
  lines.push(...knowledgeDates(ctx, f));
  return lines;
}
