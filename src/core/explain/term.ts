/** The hover of a knowledge-base term: what it is, where it stood at the article's date, and its key facts. */
import { formatDate } from '../knowledge/dates';
import { findEntry } from '../knowledge/base';
import type { DatedFact, KnowledgeEntry, Sourced } from '../knowledge/types';
import { bold, escapeMarkdown, italic, link } from './markdown';
import { signingLabel, statusAt } from './status';

/** "[2]" after a fact when the entry has several references. */
function refMark(entry: KnowledgeEntry, fact: Sourced): string {
  const refs = entry.references ?? [];
  if (refs.length < 2 || !fact.ref) return '';
  const i = refs.findIndex((r) => r.id === fact.ref);
  return i < 0 ? '' : ` \\[${i + 1}\\]`;
}

function dated(label: string, entry: KnowledgeEntry, fact: DatedFact | undefined): string[] {
  if (!fact) return [];
  const extra = [fact.place, fact.note].filter(Boolean).join(', ');
  return [`- ${label}: ${escapeMarkdown(formatDate(fact.date) + (extra ? ` (${extra})` : ''))}${refMark(entry, fact)}`];
}

function facts(entry: KnowledgeEntry, glossary: readonly KnowledgeEntry[]): string[] {
  const signedLabel = signingLabel(entry);
  const lines = [...dated(signedLabel, entry, entry.signed), ...dated('In force', entry, entry.inForce), ...dated('Established', entry, entry.established), ...dated('Expires', entry, entry.expires)];
  if (entry.ended) lines.push(`- Ended: ${escapeMarkdown(`${formatDate(entry.ended.date)} — ${entry.ended.how}`)}${refMark(entry, entry.ended)}`);
  for (const w of entry.withdrawals ?? []) {
    const when = [w.announced && `announced ${formatDate(w.announced)}`, w.effective && `effective ${formatDate(w.effective)}`].filter(Boolean).join(', ');
    lines.push(`- Withdrawal: ${escapeMarkdown(`${w.party.charAt(0).toUpperCase() + w.party.slice(1)}${when ? ` — ${when}` : ''}${w.note ? ` (${w.note})` : ''}`)}${refMark(entry, w)}`);
  }
  for (const e of entry.events ?? []) lines.push(`- ${escapeMarkdown(`${formatDate(e.date)}: ${e.text}`)}${refMark(entry, e)}`);
  if (entry.parties) lines.push(`- Parties: ${escapeMarkdown(entry.parties.text)}${refMark(entry, entry.parties)}`);
  const members = entry.memberCounts?.[entry.memberCounts.length - 1];
  if (members) lines.push(`- Members: ${escapeMarkdown(`${members.count} since ${formatDate(members.since)}`)}${refMark(entry, members)}`);
  for (const p of entry.provisions ?? []) lines.push(`- ${escapeMarkdown(p.text)}${refMark(entry, p)}`);
  const name = (id: string | undefined) => (id ? findEntry(id, glossary)?.name ?? id : null);
  const chain = [name(entry.predecessor) && `Preceded by ${name(entry.predecessor)}`, name(entry.successor) && `followed by ${name(entry.successor)}`].filter(Boolean).join('; ');
  if (chain) lines.push(`- ${escapeMarkdown(chain.charAt(0).toUpperCase() + chain.slice(1))}`);
  return lines;
}

function sources(entry: KnowledgeEntry): string {
  const refs = entry.references ?? [];
  if (refs.length === 0) return '';
  const list = refs.map((r, i) => `${refs.length > 1 ? `\\[${i + 1}\\] ` : ''}${link(r.title, r.url)}`).join(' · ');
  return `Sources: ${list}`;
}

/** Markdown for a term whose entry is `entry`, in an article dated `date` (or undated). */
export function termMarkdown(entry: KnowledgeEntry, date: string | null, glossary: readonly KnowledgeEntry[], fromGlossary: boolean): string {
  const heading = `${bold(entry.name)} · ${escapeMarkdown([entry.kind, entry.field].filter(Boolean).join(' · '))}${fromGlossary ? ' · from your glossary' : ''}`;
  const parts = [heading];
  if (entry.fullName && entry.fullName !== entry.name) parts.push(italic(entry.fullName));
  parts.push(escapeMarkdown(entry.summary));
  if (date) parts.push(`**At this article's date (${escapeMarkdown(formatDate(date))}):** ${statusAt(entry, date).map(escapeMarkdown).join(' ')}`);
  else parts.push(italic("The article's date is unknown (add a `date:` line to its front matter), so its status then cannot be given."));
  const list = facts(entry, glossary);
  if (list.length) parts.push(list.join('\n'));
  const src = sources(entry);
  if (src) parts.push(src);
  return parts.join('\n\n');
}
