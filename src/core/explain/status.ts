/**
 * Where a knowledge-base entry stood at the article's date: "In force since October 3, 1972. The United
 * States announced its withdrawal on December 13, 2001, effective June 13, 2002 — after this article."
 * Lines are plain text; the caller escapes them.
 */
import { compareDates, formatDate } from '../knowledge/dates';
import type { KnowledgeEntry, Withdrawal } from '../knowledge/types';

const ORGANIZATION_KINDS = new Set(['organization', 'grouping', 'alliance']);

function before(a: string, b: string): boolean {
  return compareDates(a, b) === -1;
}

function atOrBefore(a: string, b: string): boolean {
  const c = compareDates(a, b);
  return c === -1 || c === 0;
}

function capitalized(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function withdrawalLine(w: Withdrawal, date: string): string | null {
  const party = capitalized(w.party);
  const announced = w.announced ? formatDate(w.announced) : null;
  const effective = w.effective ? formatDate(w.effective) : null;
  if (w.effective && atOrBefore(w.effective, date)) return `${party} had withdrawn${effective ? ` (effective ${effective})` : ''}.`;
  if (w.announced && atOrBefore(w.announced, date)) return `${party} had announced its withdrawal on ${announced}${effective ? `; it took effect on ${effective}, after this article` : ''}.`;
  if (w.announced && before(date, w.announced)) return `${party} announced its withdrawal on ${announced}${effective ? `, effective ${effective}` : ''} — after this article.`;
  if (w.effective && before(date, w.effective)) return `${party}'s withdrawal took effect on ${effective} — after this article.`;
  return null;
}

/** "Signed", or "Adopted" / "Opened for signature" / "Agreed" when that is what the date is. */
export function signingLabel(entry: KnowledgeEntry): string {
  const note = entry.signed?.note ?? '';
  if (/^adopted/i.test(note)) return 'Adopted';
  if (/^opened for signature/i.test(note)) return 'Opened for signature';
  return entry.kind === 'framework' || entry.kind === 'declaration' || /^agreed/i.test(note) ? 'Agreed' : 'Signed';
}

function standing(entry: KnowledgeEntry, date: string): string {
  const { signed, inForce, ended, established } = entry;
  if (ended && atOrBefore(ended.date, date)) return `No longer in force: ${ended.how} (${formatDate(ended.date)}).`;
  if (ORGANIZATION_KINDS.has(entry.kind)) return established ? `Existing since ${formatDate(established.date)}.` : 'Existing.';
  if (inForce && atOrBefore(inForce.date, date)) return `In force since ${formatDate(inForce.date)}.`;
  const signedText = signed ? `${signingLabel(entry)} on ${formatDate(signed.date)}` : 'Agreed';
  if (inForce) return `${signedText}; not yet in force (it entered into force on ${formatDate(inForce.date)}, after this article).`;
  return entry.kind === 'framework' || entry.kind === 'declaration' || entry.kind === 'accord' ? `${signedText}.` : `${signedText}; not in force.`;
}

function memberCountAt(entry: KnowledgeEntry, date: string): string | null {
  const known = (entry.memberCounts ?? []).filter((m) => atOrBefore(m.since, date));
  const current = known[known.length - 1];
  return current ? `${current.count} members at the time (since ${formatDate(current.since)}${current.note ? `, when ${current.note}` : ''}).` : null;
}

/** The status lines of an entry at a date (yyyy, yyyy-mm or yyyy-mm-dd). */
export function statusAt(entry: KnowledgeEntry, date: string): string[] {
  const start = entry.signed ?? entry.established;
  if (start && before(date, start.date)) {
    return [`Did not exist yet: ${entry.signed ? 'signed' : 'established'} on ${formatDate(start.date)}, after this article.`];
  }
  const lines = [standing(entry, date)];
  const members = memberCountAt(entry, date);
  if (members) lines.push(members);
  const pastEvents = (entry.events ?? []).filter((e) => atOrBefore(e.date, date)).slice(-2);
  for (const e of pastEvents) lines.push(`By then (${formatDate(e.date)}): ${e.text}`);
  for (const w of entry.withdrawals ?? []) {
    const line = withdrawalLine(w, date);
    if (line) lines.push(line);
  }
  const { ended, expires } = entry;
  const endedByWithdrawal = ended && (entry.withdrawals ?? []).some((w) => w.effective === ended.date);
  if (ended && before(date, ended.date) && !endedByWithdrawal) lines.push(`Later, on ${formatDate(ended.date)}: ${ended.how} — after this article.`);
  else if (expires && before(date, expires.date) && !ended) lines.push(`Due to expire on ${formatDate(expires.date)}.`);
  const nextEvent = (entry.events ?? []).find((e) => before(date, e.date));
  if (nextEvent && !ended) lines.push(`Later (${formatDate(nextEvent.date)}): ${nextEvent.text}`);
  return lines;
}
