/**
 * The Speakers view's elements: one node per speaker group and per statement, with ids that survive edits
 * elsewhere in the text (VS Code keeps expansion and selection by id across refreshes) and parent links
 * for `getParent` (reveal and follow-cursor need them).
 */
import type * as vscode from 'vscode';
import type { Analysis, Speaker, Statement } from '../core/types';
import { lineFinder } from '../core/export/records';
import { groupBySpeaker, statementKeys, type GroupOptions, type SpeakerGroup } from '../core/export/groups';

export interface SpeakerNode {
  readonly type: 'speaker';
  readonly id: string;
  readonly group: SpeakerGroup;
  readonly children: readonly StatementNode[];
}

export interface StatementNode {
  readonly type: 'statement';
  readonly id: string;
  readonly statement: Statement;
  readonly speaker: Speaker | null;
  readonly parent: SpeakerNode;
  readonly source: SnapshotSource;
}

export type SpeakersNode = SpeakerNode | StatementNode;

/** The document version a tree was built from. */
export interface SnapshotSource {
  readonly document: vscode.TextDocument;
  readonly version: number;
  readonly text: string;
  readonly analysis: Analysis;
  /** 1-based line of an offset. */
  readonly lineOf: (offset: number) => number;
}

/** The tree of one document version under one set of view options. */
export interface SpeakersSnapshot extends SnapshotSource {
  readonly roots: readonly SpeakerNode[];
}

/** `analysed` is the analysis of one version of `document`, with the text it was made from. */
export function buildSnapshot(document: vscode.TextDocument, analysed: { version: number; text: string; analysis: Analysis }, options: GroupOptions): SpeakersSnapshot {
  const { version, text, analysis } = analysed;
  // The line index is built only when a tooltip asks for a line (a pass over the whole text).
  let lineOf: ((offset: number) => number) | undefined;
  const source: SnapshotSource = { document, version, text, analysis, lineOf: (offset) => (lineOf ??= lineFinder(text))(offset) };
  return { ...source, roots: groupBySpeaker(analysis, options).map((group) => speakerNode(group, source)) };
}

function speakerNode(group: SpeakerGroup, source: SnapshotSource): SpeakerNode {
  const children: StatementNode[] = [];
  const node: SpeakerNode = { type: 'speaker', id: group.key, group, children };
  const keys = statementKeys(group);
  group.statements.forEach((statement, i) => children.push({ type: 'statement', id: keys[i], statement, speaker: group.speaker, parent: node, source }));
  return node;
}

/** The node of a statement (by its analysis id) in a snapshot. */
export function findStatementNode(snapshot: SpeakersSnapshot, statementId: string): StatementNode | undefined {
  for (const root of snapshot.roots) {
    const found = root.children.find((c) => c.statement.id === statementId);
    if (found) return found;
  }
  return undefined;
}

/** Count of statements and speakers shown in a snapshot (the Unattributed group is not a speaker). */
export function countsOf(snapshot: SpeakersSnapshot): { statements: number; speakers: number } {
  return {
    statements: snapshot.roots.reduce((n, r) => n + r.children.length, 0),
    speakers: snapshot.roots.filter((r) => r.group.speaker !== null).length,
  };
}
