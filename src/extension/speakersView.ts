/**
 * The Speakers view (`articleLens.speakers`, in the Explorer): follows the current article, refreshes once
 * typing pauses (a newer edit cancels the pending refresh, so stale versions are never analysed), and says
 * in its message when a long document was only partly analysed.
 */
import * as vscode from 'vscode';
import type { AnalysisCache } from './analysisCache';
import { documentName, type ArticleEditors } from './articleEditors';
import { safelyAsync } from './log';
import { onSettingsChanged } from './settings';
import type { SpeakersNode, SpeakersSnapshot } from './speakerNodes';
import type { SpeakersProvider } from './speakersProvider';

export const SPEAKERS_VIEW_ID = 'articleLens.speakers';

export interface SpeakersView extends vscode.Disposable {
  readonly treeView: vscode.TreeView<SpeakersNode>;
}

export function registerSpeakersView(provider: SpeakersProvider, editors: ArticleEditors, cache: AnalysisCache): SpeakersView {
  const treeView = vscode.window.createTreeView(SPEAKERS_VIEW_ID, { treeDataProvider: provider, showCollapseAll: true });
  let pending: vscode.CancellationTokenSource | undefined;
  const cancelPending = () => {
    pending?.cancel();
    pending?.dispose();
    pending = undefined;
  };
  const describe = describer(treeView, provider);
  const update = () => {
    provider.refresh();
    void describe();
  };
  const refreshWhenSettled = (document: vscode.TextDocument) => {
    cancelPending();
    pending = new vscode.CancellationTokenSource();
    const token = pending.token;
    void cache.analysis(document, token).then(
      (analysis) => analysis && !token.isCancellationRequested && update(),
      () => undefined,
    );
  };
  const subscriptions = [
    treeView,
    editors.onDidChangeCurrent(() => {
      cancelPending();
      update();
    }),
    vscode.workspace.onDidChangeTextDocument((event) => {
      if (event.document === editors.current && event.contentChanges.length) refreshWhenSettled(event.document);
    }),
    onSettingsChanged(['speakers.showUnattributed', 'analysis.maxDocumentLength'], update),
    new vscode.Disposable(cancelPending),
  ];
  void describe();
  return { treeView, dispose: () => subscriptions.forEach((s) => s.dispose()) };
}

/**
 * The view's description names the article; its message says when the analysis stopped short. Only the
 * latest call applies its answer: switching articles while one is analysed must not show the older one.
 */
function describer(treeView: vscode.TreeView<SpeakersNode>, provider: SpeakersProvider): () => Promise<void> {
  let latest = 0;
  return async () => {
    const mine = ++latest;
    const snapshot = await safelyAsync('Speakers view', undefined, () => provider.currentSnapshot());
    if (mine === latest) show(treeView, snapshot);
  };
}

function show(treeView: vscode.TreeView<SpeakersNode>, snapshot: SpeakersSnapshot | undefined): void {
  treeView.description = snapshot ? documentName(snapshot.document) : undefined;
  const truncated = snapshot?.analysis.problems.find((p) => p.code === 'truncated');
  treeView.message = truncated ? truncated.message : undefined;
}
