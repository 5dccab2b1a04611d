/**
 * The status-bar item of article editors: "14 statements · 5 speakers"; clicking it focuses the Speakers
 * view. When a long document was analysed only in part, it shows a warning and says so once.
 */
import * as vscode from 'vscode';
import { summaryText } from '../core/export/records';
import { EDIT_SETTLE_MS, type AnalysisCache } from './analysisCache';
import { documentName, type ArticleEditors } from './articleEditors';
import { safely } from './log';
import { onSettingsChanged } from './settings';
import { SPEAKERS_VIEW_ID } from './speakersView';

export interface StatusBar extends vscode.Disposable {
  readonly item: vscode.StatusBarItem;
}

export function registerStatusBar(cache: AnalysisCache, editors: ArticleEditors): StatusBar {
  const item = vscode.window.createStatusBarItem('articleLens.status', vscode.StatusBarAlignment.Right, 100);
  item.name = 'Article Lens';
  item.command = { command: `${SPEAKERS_VIEW_ID}.focus`, title: 'Show Speakers' };
  const toldTruncated = new Set<string>();
  let pending: vscode.CancellationTokenSource | undefined;
  const show = () => safely('Status bar', undefined, () => render(item, cache, editors, toldTruncated));
  const subscriptions = [
    item,
    editors.onDidChangeCurrent(show),
    vscode.workspace.onDidChangeTextDocument((event) => {
      if (event.document !== editors.current || !event.contentChanges.length) return;
      pending?.cancel();
      pending = new vscode.CancellationTokenSource();
      void cache.settled(event.document, EDIT_SETTLE_MS, pending.token).then((analysis) => analysis && show(), () => undefined);
    }),
    onSettingsChanged(['analysis.maxDocumentLength'], show),
    new vscode.Disposable(() => pending?.cancel()),
  ];
  show();
  return { item, dispose: () => subscriptions.forEach((s) => s.dispose()) };
}

function render(item: vscode.StatusBarItem, cache: AnalysisCache, editors: ArticleEditors, toldTruncated: Set<string>): void {
  const document = editors.current;
  if (!document) {
    item.hide();
    return;
  }
  const analysis = cache.get(document);
  const summary = summaryText(analysis);
  const truncated = analysis.problems.find((p) => p.code === 'truncated');
  item.text = `${truncated ? '$(warning)' : '$(mention)'} ${summary}`;
  item.tooltip = truncated ? `${summary} in ${documentName(document)}. ${truncated.message} Click to show the Speakers view.` : `${summary} in ${documentName(document)}. Click to show the Speakers view.`;
  item.accessibilityInformation = { label: `Article Lens: ${summary}` };
  item.show();
  const key = document.uri.toString();
  if (truncated && !toldTruncated.has(key)) {
    toldTruncated.add(key);
    vscode.window.setStatusBarMessage(`$(warning) Article Lens: ${documentName(document)} is long. ${truncated.message}`, 10000);
  }
}
