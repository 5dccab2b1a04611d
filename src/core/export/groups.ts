/**
 * Statements grouped by speaker, sorted and filtered: the shape of the Speakers view, the Markdown export
 * and the document symbols. Pure, so it is unit-tested without an editor.
 */
import type { Analysis, Speaker, Statement, StatementKind } from '../types';

export type SpeakerSort = 'appearance' | 'count' | 'name';

export const ALL_KINDS: readonly StatementKind[] = ['direct', 'mixed', 'indirect'];

export interface GroupOptions {
  readonly sort: SpeakerSort;
  /** The statement kinds to keep (all when omitted). */
  readonly kinds?: readonly StatementKind[];
  /** Whether statements with no speaker form an "Unattributed" group (kept last). */
  readonly showUnattributed: boolean;
}

/** One speaker (or the unattributed statements, `speaker === null`) with their statements in reading order. */
export interface SpeakerGroup {
  /** A key that survives edits elsewhere in the text (the speaker's name, not its position). */
  readonly key: string;
  readonly speaker: Speaker | null;
  readonly statements: readonly Statement[];
  /** Where the speaker first appears (first mention or statement). */
  readonly firstOffset: number;
}

export const UNATTRIBUTED_KEY = 'unattributed';

/** Groups the analysis's statements by speaker. Speakers without a (kept) statement are left out. */
export function groupBySpeaker(analysis: Analysis, options: GroupOptions): SpeakerGroup[] {
  const kinds = new Set(options.kinds ?? ALL_KINDS);
  const kept = analysis.statements.filter((s) => kinds.has(s.kind));
  const bySpeaker = new Map<string, Statement[]>();
  const unattributed: Statement[] = [];
  for (const statement of kept) {
    if (statement.speakerId === null) unattributed.push(statement);
    else {
      const list = bySpeaker.get(statement.speakerId);
      if (list) list.push(statement);
      else bySpeaker.set(statement.speakerId, [statement]);
    }
  }
  const keys = new Map<string, number>();
  const groups: SpeakerGroup[] = [];
  for (const speaker of analysis.speakers) {
    const statements = bySpeaker.get(speaker.id);
    if (!statements?.length) continue;
    groups.push({ key: uniqueKey(`speaker:${speaker.name.toLowerCase()}`, keys), speaker, statements: byStart(statements), firstOffset: firstOffset(speaker, statements) });
  }
  sortGroups(groups, options.sort);
  if (options.showUnattributed && unattributed.length) {
    groups.push({ key: UNATTRIBUTED_KEY, speaker: null, statements: byStart(unattributed), firstOffset: unattributed[0].start });
  }
  return groups;
}

function sortGroups(groups: SpeakerGroup[], sort: SpeakerSort): void {
  const byAppearance = (a: SpeakerGroup, b: SpeakerGroup) => a.firstOffset - b.firstOffset;
  if (sort === 'appearance') groups.sort(byAppearance);
  else if (sort === 'count') groups.sort((a, b) => b.statements.length - a.statements.length || byAppearance(a, b));
  else groups.sort((a, b) => nameOf(a).localeCompare(nameOf(b), undefined, { sensitivity: 'base' }) || byAppearance(a, b));
}

function nameOf(group: SpeakerGroup): string {
  return group.speaker?.name ?? '';
}

function firstOffset(speaker: Speaker, statements: readonly Statement[]): number {
  // A loop, not Math.min(...spread): a 1 MB article can have more statements than a call may take arguments.
  let first = speaker.mentions.length ? speaker.mentions[0].start : Infinity;
  for (const s of statements) first = Math.min(first, s.speakerMention?.start ?? s.start);
  return first;
}

function byStart(statements: Statement[]): Statement[] {
  return [...statements].sort((a, b) => a.start - b.start);
}

/**
 * Two speakers with the same name (rare) still get distinct keys: "speaker:smith", "speaker:smith#2".
 * `taken` counts the uses of each base, so a text repeated n times costs n steps, not n².
 */
function uniqueKey(base: string, taken: Map<string, number>): string {
  const n = (taken.get(base) ?? 0) + 1;
  taken.set(base, n);
  return n === 1 ? base : `${base}#${n}`;
}

/**
 * A key for a statement inside its group that does not move when text is inserted elsewhere: its kind and
 * words, numbered when the same words occur twice ("speaker:bush/direct:5f3a09c1", then "…#2").
 */
export function statementKeys(group: SpeakerGroup): string[] {
  const taken = new Map<string, number>();
  return group.statements.map((s) => uniqueKey(`${group.key}/${s.kind}:${hashText(s.text)}`, taken));
}

/** FNV-1a, 32 bits, hex: short, stable keys for long statements. */
export function hashText(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/** Consecutive statements of one speaker, in reading order (one speaker can have several runs). */
export interface SpeakerRun {
  readonly speaker: Speaker | null;
  readonly statements: readonly Statement[];
}

/**
 * The statements in reading order, cut wherever the speaker changes: the article as a transcript. The
 * Outline uses runs rather than one entry per speaker so that ranges do not overlap, and breadcrumbs name
 * the speaker actually quoted at the cursor.
 */
export function speakerRuns(analysis: Analysis): SpeakerRun[] {
  const speakers = new Map(analysis.speakers.map((s) => [s.id, s]));
  const runs: { speaker: Speaker | null; statements: Statement[] }[] = [];
  for (const statement of byStart([...analysis.statements])) {
    const speaker = statement.speakerId !== null ? speakers.get(statement.speakerId) ?? null : null;
    const last = runs[runs.length - 1];
    if (last && last.speaker === speaker) last.statements.push(statement);
    else runs.push({ speaker, statements: [statement] });
  }
  return runs;
}
