/** Hovers on a speaker mention ("she" → Condoleezza Rice) and on a statement or quotation. */
import type { Analysis, Quote, Speaker, Statement, TextSpan } from '../types';
import { bold, escapeMarkdown, quoted } from './markdown';

const KIND_LABEL: Record<Statement['kind'], string> = {
  direct: 'Direct quotation',
  mixed: 'Partial quotation (quoted words inside reported speech)',
  indirect: 'Reported speech (indirect)',
};

const ROLE_LABEL: Record<Quote['role'], string> = {
  statement: 'Quotation',
  term: 'Quoted term (a word or phrase mentioned, not a statement)',
  title: 'Title of a work',
  scare: 'Scare quotes (the writer distances themselves from the words)',
  nickname: 'Nickname',
  headline: 'Quotation in the headline',
};

function statementCount(n: number): string {
  return n === 1 ? '1 statement' : `${n} statements`;
}

/** Markdown for a mention of a speaker. */
export function speakerMarkdown(speaker: Speaker, mention: TextSpan): string {
  const parts = [`${bold(speaker.name)} · ${escapeMarkdown(speaker.kind)}`];
  if (mention.text.trim() !== speaker.name) parts.push(`${quoted(mention.text)} refers to ${bold(speaker.name)}.`);
  if (speaker.role) parts.push(`Role: ${escapeMarkdown(speaker.role)}`);
  parts.push(escapeMarkdown(`${statementCount(speaker.statementCount)} in this article; mentioned ${speaker.mentions.length} time${speaker.mentions.length === 1 ? '' : 's'}.`));
  const others = speaker.aliases.filter((a) => a !== speaker.name);
  if (others.length) parts.push(`Also called: ${others.map((a) => escapeMarkdown(a)).join(', ')}`);
  if (speaker.weakMerge) parts.push(`*Merged by a weak rule:* ${escapeMarkdown(speaker.weakMerge)}`);
  return parts.join('\n\n');
}

/** Markdown for a statement. */
export function statementMarkdown(analysis: Analysis, st: Statement): string {
  const speaker = st.speakerId ? analysis.speakers.find((s) => s.id === st.speakerId) : undefined;
  const who = speaker ? bold(speaker.name) : '*unattributed*';
  const parts = [`${bold(KIND_LABEL[st.kind])} · speaker: ${who}`];
  if (st.speakerMention && speaker && st.speakerMention.text !== speaker.name) parts.push(`Named here as ${quoted(st.speakerMention.text)}.`);
  if (st.cue) parts.push(`Cue: ${quoted(st.cue.text)}`);
  parts.push(quoted(st.text));
  if (speaker?.role) parts.push(`Role: ${escapeMarkdown(speaker.role)}`);
  return parts.join('\n\n');
}

/** Markdown for a quotation that is not a statement (a title, a term, scare quotes). */
export function quoteMarkdown(q: Quote): string {
  return `${bold(ROLE_LABEL[q.role])}\n\n${quoted(q.text)}`;
}
