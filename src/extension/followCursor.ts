/**
 * Follow-cursor (`articleLens.speakers.followCursor`): moving the cursor into a statement selects it in the
 * Speakers view, as the Outline follows the cursor. Only while the view is visible: it never opens the view.
 */
import * as vscode from 'vscode';
import { statementAt } from '../core/export/locate';
import type { ArticleEditors } from './articleEditors';
import { log, safely } from './log';
import { settings } from './settings';
import { findStatementNode, type SpeakersNode } from './speakerNodes';
import type { SpeakersProvider } from './speakersProvider';

const FOLLOW_DELAY_MS = 100;

export function registerFollowCursor(treeView: vscode.TreeView<SpeakersNode>, provider: SpeakersProvider, editors: ArticleEditors): vscode.Disposable {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const schedule = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void revealStatementUnderCursor(treeView, provider, editors), FOLLOW_DELAY_MS);
  };
  const subscriptions = [
    vscode.window.onDidChangeTextEditorSelection((event) => event.textEditor.document === editors.current && schedule()),
    treeView.onDidChangeVisibility((event) => event.visible && schedule()),
    // After a refresh the selected node may be a new one: select the statement under the cursor again.
    provider.onDidChangeTreeData(schedule),
    new vscode.Disposable(() => timer && clearTimeout(timer)),
  ];
  return vscode.Disposable.from(...subscriptions);
}

/** Selects the statement under the current article editor's cursor in the view. Exported for tests. */
export async function revealStatementUnderCursor(treeView: vscode.TreeView<SpeakersNode>, provider: SpeakersProvider, editors: ArticleEditors): Promise<SpeakersNode | undefined> {
  const editor = editors.editor;
  if (!editor || !treeView.visible || !settings(editor.document.uri).followCursor) return undefined;
  const node = safely('Follow cursor', undefined, () => {
    const snapshot = provider.snapshot();
    if (!snapshot || snapshot.document !== editor.document) return undefined;
    const statement = statementAt(snapshot.analysis, snapshot.text, editor.document.offsetAt(editor.selection.active));
    return statement ? findStatementNode(snapshot, statement.id) : undefined;
  });
  if (!node || treeView.selection.some((selected) => selected.id === node.id)) return node;
  try {
    await treeView.reveal(node, { select: true, focus: false, expand: true });
  } catch (error) {
    // A refresh racing the reveal can retire the node; the next cursor move reveals the new one.
    log().debug('Follow cursor: reveal failed', String(error));
  }
  return node;
}
