/**
 * The Speakers view's data: speakers of the current article and their statements. The tree is a snapshot of
 * one document version; `refresh()` (called by the view once typing pauses) makes the next request rebuild it.
 */
import * as vscode from 'vscode';
import type { StatementKind } from '../core/types';
import { ALL_KINDS, type GroupOptions, type SpeakerSort } from '../core/export/groups';
import type { Analysed, AnalysisCache } from './analysisCache';
import type { ArticleEditors } from './articleEditors';
import { wallNow } from './analysisWorkerProtocol';
import { safely, safelyAsync } from './log';
import { settings } from './settings';
import { buildSnapshot, type SpeakersNode, type SpeakersSnapshot, type StatementNode } from './speakerNodes';
import { TreeItemCache } from './treeItemCache';
import { speakerItem, statementItem, statementTooltip } from './speakerItems';

const SORT_KEY = 'articleLens.speakers.sort';
const KINDS_KEY = 'articleLens.speakers.kinds';

export class SpeakersProvider implements vscode.TreeDataProvider<SpeakersNode>, vscode.Disposable {
  private latest: { snapshot: SpeakersSnapshot; optionsKey: string } | undefined;
  private readonly items = new TreeItemCache();
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  /** The last refresh: when it fired, the tree's rebuild, and VS Code's requests for items since (the host benchmark reads them). */
  readonly stats = { refreshedAt: 0, snapshotMs: 0, items: 0, itemsMs: 0 };

  constructor(
    private readonly cache: AnalysisCache,
    private readonly editors: ArticleEditors,
    private readonly state: vscode.Memento,
  ) {
    this.publishOptions();
  }

  get sort(): SpeakerSort {
    return this.state.get<SpeakerSort>(SORT_KEY, 'appearance');
  }

  get kinds(): readonly StatementKind[] {
    return this.state.get<StatementKind[]>(KINDS_KEY, [...ALL_KINDS]);
  }

  async setSort(sort: SpeakerSort): Promise<void> {
    await this.state.update(SORT_KEY, sort);
    this.publishOptions();
    this.refresh();
  }

  /** Shows only statements of these kinds (all kinds when empty). */
  async setKinds(kinds: readonly StatementKind[]): Promise<void> {
    const kept = ALL_KINDS.filter((k) => kinds.includes(k));
    await this.state.update(KINDS_KEY, kept.length ? kept : [...ALL_KINDS]);
    this.publishOptions();
    this.refresh();
  }

  /**
   * The tree for the current article's current version if that version is analysed already, else undefined:
   * it never analyses (follow-cursor asks on every cursor move, mid-typing too).
   */
  snapshot(): SpeakersSnapshot | undefined {
    const document = this.editors.current;
    const analysed = document && this.cache.peek(document);
    return document && analysed ? this.snapshotOf(document, analysed) : undefined;
  }

  /** The tree for the current article once its current version is analysed; undefined with no article. */
  async currentSnapshot(): Promise<SpeakersSnapshot | undefined> {
    const document = this.editors.current;
    const analysed = document && (await this.cache.analysed(document));
    if (!document || document !== this.editors.current) return undefined;
    // A newer edit made this version stale: keep showing the last tree until the view refreshes again.
    if (!analysed) return this.latest?.snapshot.document === document ? this.latest.snapshot : undefined;
    return this.snapshotOf(document, analysed);
  }

  private snapshotOf(document: vscode.TextDocument, analysed: Analysed): SpeakersSnapshot {
    const options = this.options(document);
    const optionsKey = JSON.stringify(options);
    const latest = this.latest;
    if (latest && latest.snapshot.document === document && latest.snapshot.version === analysed.version && latest.optionsKey === optionsKey) {
      return latest.snapshot;
    }
    const started = performance.now();
    const snapshot = buildSnapshot(document, analysed, options);
    this.items.keep(snapshot);
    this.stats.snapshotMs = performance.now() - started;
    this.latest = { snapshot, optionsKey };
    return snapshot;
  }

  /** The statement node with this id in the latest tree (the items' click command names nodes by id). */
  statementNode(id: string): StatementNode | undefined {
    return this.items.statementNode(id);
  }

  /** Rebuilds the tree on the next request (a new version, new options, or a new size limit). */
  refresh(): void {
    this.latest = undefined;
    Object.assign(this.stats, { refreshedAt: wallNow(), snapshotMs: 0, items: 0, itemsMs: 0 });
    this.changed.fire();
  }

  getChildren(node?: SpeakersNode): SpeakersNode[] | Promise<SpeakersNode[]> {
    if (node) return node.type === 'speaker' ? [...node.children] : [];
    return safelyAsync('Speakers view', [], async () => [...((await this.currentSnapshot())?.roots ?? [])]);
  }

  getParent(node: SpeakersNode): SpeakersNode | undefined {
    return node.type === 'statement' ? node.parent : undefined;
  }

  getTreeItem(node: SpeakersNode): vscode.TreeItem {
    const started = performance.now();
    const item = this.items.get(node, () => (node.type === 'speaker' ? speakerItem(node) : statementItem(node)));
    this.stats.items++;
    this.stats.itemsMs += performance.now() - started;
    return item;
  }

  /** Statement tooltips are built on hover only: each needs the statement's line and surrounding text. */
  resolveTreeItem(item: vscode.TreeItem, node: SpeakersNode): vscode.TreeItem {
    if (node.type === 'statement') item.tooltip = safely('Speakers tooltip', undefined, () => statementTooltip(node));
    return item;
  }

  private options(document: vscode.TextDocument): GroupOptions {
    return { sort: this.sort, kinds: this.kinds, showUnattributed: settings(document.uri).showUnattributed };
  }

  /** Context keys for the view's menus: which sort is active, whether a kind filter hides anything. */
  private publishOptions(): void {
    void vscode.commands.executeCommand('setContext', SORT_KEY, this.sort);
    void vscode.commands.executeCommand('setContext', 'articleLens.speakers.filtered', this.kinds.length < ALL_KINDS.length);
  }

  dispose(): void {
    this.changed.dispose();
  }
}
