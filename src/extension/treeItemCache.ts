/**
 * The Speakers view's items, kept across refreshes: after an edit VS Code asks for every item of the new tree
 * again (thousands on a long article), and most are unchanged. An item is reused when its node has the same
 * id (speaker name, or speaker, kind and a hash of the words) and draws the same: same document, words, cue,
 * or for a speaker the same name, role, kind, aliases and count. Items carry no offsets (the click command
 * names the node by id), so a statement shifted by an edit above it keeps its item.
 */
import type * as vscode from 'vscode';
import type { SpeakersNode, SpeakersSnapshot, StatementNode } from './speakerNodes';

interface Kept {
  readonly look: string;
  readonly item: vscode.TreeItem;
}

/** What an item shows of its node. */
function lookOf(node: SpeakersNode): string {
  if (node.type === 'statement') return `${node.source.document.uri.toString()}\n${node.statement.kind}\n${node.statement.cue?.text ?? ''}\n${node.statement.text}`;
  const speaker = node.group.speaker;
  const drawn = speaker ? [speaker.name, speaker.role, speaker.kind, speaker.aliases, speaker.weakMerge] : null;
  return `${node.children[0]?.source.document.uri.toString()}\n${node.children.length}\n${JSON.stringify(drawn)}`;
}

export class TreeItemCache {
  private kept = new Map<string, Kept>();
  private snapshot: SpeakersSnapshot | undefined;
  private byId: Map<string, StatementNode> | undefined;

  get(node: SpeakersNode, make: () => vscode.TreeItem): vscode.TreeItem {
    const look = lookOf(node);
    const kept = this.kept.get(node.id);
    if (kept?.look === look) {
      // The tooltip is resolved on hover, with the line of the statement in this version.
      if (node.type === 'statement') kept.item.tooltip = undefined;
      return kept.item;
    }
    const item = make();
    this.kept.set(node.id, { look, item });
    return item;
  }

  /** Drops the items of nodes the new tree no longer has. */
  keep(snapshot: SpeakersSnapshot): void {
    this.snapshot = snapshot;
    this.byId = undefined;
    const next = new Map<string, Kept>();
    for (const root of snapshot.roots) {
      for (const node of [root, ...root.children]) {
        const kept = this.kept.get(node.id);
        if (kept) next.set(node.id, kept);
      }
    }
    this.kept = next;
  }

  /** The statement node with this id in the latest tree. */
  statementNode(id: string): StatementNode | undefined {
    if (!this.snapshot) return undefined;
    if (!this.byId) {
      this.byId = new Map();
      for (const root of this.snapshot.roots) for (const child of root.children) this.byId.set(child.id, child);
    }
    return this.byId.get(id);
  }
}
