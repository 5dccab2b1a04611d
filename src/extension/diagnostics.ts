/**
 * Problems in an article as diagnostics (`articleLens.diagnostics.enabled`, `.severity`), updated once
 * typing pauses; a newer edit cancels the pending update.
 */
import * as vscode from 'vscode';
import type { Analysis } from '../core/types';
import type { AnalysisCache } from './analysisCache';
import { ARTICLE_LANGUAGE, isArticle } from './articleEditors';
import { toRange } from './convert';
import { articleDiagnostics } from './diagnosticsModel';
import { safely } from './log';
import { onSettingsChanged, settings, type DiagnosticLevel } from './settings';

const SEVERITIES: Record<DiagnosticLevel, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  information: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

/** Old versions shown in diff editors would list every problem twice in the Problems view. */
const NO_DIAGNOSTICS_SCHEMES = new Set(['git', 'gitfs', 'output', 'conflictResolution']);

export function registerDiagnostics(cache: AnalysisCache): vscode.Disposable {
  const collection = vscode.languages.createDiagnosticCollection('article-lens');
  // Per URI: the document being analysed for it. An untitled name can be reused at once, so two documents can
  // share a URI for a moment: the one closing must neither publish nor take the other's problems away for good.
  const pending = new Map<string, { document: vscode.TextDocument; source: vscode.CancellationTokenSource }>();
  const isOpen = (document: vscode.TextDocument) => !document.isClosed && vscode.workspace.textDocuments.includes(document);
  // After an edit the cache starts the analysis once typing pauses (editPace.ts).
  const update = (document: vscode.TextDocument) => {
    if (!isArticle(document) || NO_DIAGNOSTICS_SCHEMES.has(document.uri.scheme) || document.isClosed) return;
    const key = document.uri.toString();
    pending.get(key)?.source.cancel();
    const source = new vscode.CancellationTokenSource();
    pending.set(key, { document, source });
    void cache.analysis(document, source.token).then((analysis) => {
      if (pending.get(key)?.source === source) pending.delete(key);
      if (analysis && isOpen(document)) safely('Diagnostics', undefined, () => collection.set(document.uri, diagnosticsFor(document, analysis)));
    }, () => undefined);
  };
  const updateAll = () => vscode.workspace.textDocuments.forEach((d) => update(d));
  const subscriptions = [
    collection,
    // Also fires when a document's language mode changes: switching away from Article clears its problems.
    vscode.workspace.onDidOpenTextDocument((d) => (d.languageId === ARTICLE_LANGUAGE ? update(d) : collection.delete(d.uri))),
    vscode.workspace.onDidChangeTextDocument((e) => e.contentChanges.length && update(e.document)),
    vscode.workspace.onDidCloseTextDocument((d) => {
      const key = d.uri.toString();
      const entry = pending.get(key);
      if (entry?.document === d) { entry.source.cancel(); pending.delete(key); }
      collection.delete(d.uri);
      // The document now open under a reused untitled name gets its problems again.
      const successor = vscode.workspace.textDocuments.find((o) => o !== d && !o.isClosed && o.uri.toString() === key);
      if (successor) update(successor);
    }),
    onSettingsChanged(['diagnostics', 'analysis.maxDocumentLength'], updateAll),
    new vscode.Disposable(() => pending.forEach((p) => p.source.cancel())),
  ];
  updateAll();
  return vscode.Disposable.from(...subscriptions);
}

function diagnosticsFor(document: vscode.TextDocument, analysis: Analysis): vscode.Diagnostic[] {
  const config = settings(document.uri);
  if (!config.diagnosticsEnabled) return [];
  return articleDiagnostics(analysis).map((problem) => {
    const severity = problem.level === 'information' ? vscode.DiagnosticSeverity.Information : SEVERITIES[config.diagnosticsSeverity] ?? vscode.DiagnosticSeverity.Warning;
    const diagnostic = new vscode.Diagnostic(toRange(document, problem), problem.message, severity);
    diagnostic.source = 'Article Lens';
    diagnostic.code = problem.code;
    return diagnostic;
  });
}
