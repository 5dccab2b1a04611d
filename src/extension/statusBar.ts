/**
 * The status-bar item of article editors: "14 statements · 5 speakers"; clicking it focuses the Speakers
 * view. When a long document was analysed only in part, it shows a warning and says so once. When analyses
 * are unavailable (the analysis worker could not run), it says so instead of the counts.
 */
import * as vscode from 'vscode';
import { summaryText } from '../core/export/records';
import type { AnalysisCache } from './analysisCache';
import { documentName, type ArticleEditors } from './articleEditors';
import type { Analysis } from '../core/types';
import { safelyAsync } from './log';
import { onSettingsChanged } from './settings';
import { SPEAKERS_VIEW_ID } from './speakersView';

export interface StatusBar extends vscode.Disposable {
  readonly item: vscode.StatusBarItem;
  /** The transient messages shown so far (tests check that a long document is announced once). */
  readonly notices: readonly string[];
}

export function registerStatusBar(cache: AnalysisCache, editors: ArticleEditors): StatusBar {
  const item = vscode.window.createStatusBarItem('articleLens.status', vscode.StatusBarAlignment.Right, 100);
  item.name = 'Article Lens';
  item.command = { command: `${SPEAKERS_VIEW_ID}.focus`, title: 'Show Speakers' };
  const notices = new Notices();
  let pending: vscode.CancellationTokenSource | undefined;
  let latest = 0;
  // Only the latest request renders: an older one answered late must not overwrite a newer article's counts.
  const show = () => {
    const mine = ++latest;
    const document = editors.current;
    void safelyAsync('Status bar', undefined, async () => {
      if (document && !cache.has(document)) showAnalysing(item, document);
      const analysis = document && (await cache.analysis(document));
      if (mine !== latest) return;
      if (!document) item.hide();
      else if (analysis) render(item, document, analysis, notices);
      else if (cache.unavailable) renderUnavailable(item);
    });
  };
  const subscriptions = [
    item,
    editors.onDidChangeCurrent(show),
    vscode.workspace.onDidChangeTextDocument((event) => {
      if (event.document !== editors.current || !event.contentChanges.length) return;
      pending?.cancel();
      pending = new vscode.CancellationTokenSource();
      void cache.analysis(event.document, pending.token).then((analysis) => analysis && show(), () => undefined);
    }),
    onSettingsChanged(['analysis.maxDocumentLength'], show),
    new vscode.Disposable(() => pending?.cancel()),
  ];
  show();
  return { item, notices: notices.shown, dispose: () => subscriptions.forEach((s) => s.dispose()) };
}

/** Says once per document that it was analysed only in part. */
class Notices {
  readonly shown: string[] = [];
  private readonly told = new Set<string>();

  once(key: string, message: string): void {
    if (this.told.has(key)) return;
    this.told.add(key);
    this.shown.push(message);
    vscode.window.setStatusBarMessage(message, 10000);
  }
}

/** While an article's first analysis runs in the worker (a document already analysed never shows it). */
function showAnalysing(item: vscode.StatusBarItem, document: vscode.TextDocument): void {
  item.text = '$(sync~spin) Article Lens';
  item.tooltip = `Analysing ${documentName(document)}…`;
  item.accessibilityInformation = { label: 'Article Lens: analysing' };
  item.show();
}

/** The analysis worker could not run (the log says why, once): the extension goes on without analyses. */
function renderUnavailable(item: vscode.StatusBarItem): void {
  item.text = '$(error) Article Lens';
  item.tooltip = 'Article Lens cannot analyse documents in this session: its analysis worker could not run. See the Article Lens output; reloading the window tries again.';
  item.accessibilityInformation = { label: 'Article Lens: analyses unavailable' };
  item.show();
}

function render(item: vscode.StatusBarItem, document: vscode.TextDocument, analysis: Analysis, notices: Notices): void {
  const summary = summaryText(analysis);
  const truncated = analysis.problems.find((p) => p.code === 'truncated');
  item.text = `${truncated ? '$(warning)' : '$(mention)'} ${summary}`;
  item.tooltip = truncated ? `${summary} in ${documentName(document)}. ${truncated.message} Click to show the Speakers view.` : `${summary} in ${documentName(document)}. Click to show the Speakers view.`;
  item.accessibilityInformation = { label: `Article Lens: ${summary}` };
  item.show();
  if (truncated) notices.once(document.uri.toString(), `$(warning) Article Lens: ${documentName(document)} is long. ${truncated.message}`);
}
