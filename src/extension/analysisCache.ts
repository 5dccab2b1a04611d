/**
 * One analysis per document version: every provider asks here, so an article is analysed once per edit
 * however many providers (hover, tree, symbols, semantic tokens, diagnostics) need it.
 *
 * Documents longer than `articleLens.analysis.maxDocumentLength` are analysed up to that length only (the
 * analysis then carries a `truncated` problem, which the status bar reports), so a huge paste never freezes
 * the editor. Views that refresh on edit use `settled()`, which waits for typing to pause and gives up when a
 * newer edit (or closing the document) has made the analysis stale: no work is spent on versions no one sees.
 */
import * as vscode from 'vscode';
import { analyze } from '../core';
import type { Analysis } from '../core/types';
import { log } from './log';
import { onSettingsChanged, settings } from './settings';

interface Entry {
  readonly version: number;
  readonly analysis: Analysis;
}

/** How long typing must pause before views that follow edits (tree, diagnostics, status bar) update. */
export const EDIT_SETTLE_MS = 300;

/** Analyses slower than this are logged, to find documents that need a lower size limit. */
const SLOW_ANALYSIS_MS = 250;

export class AnalysisCache implements vscode.Disposable {
  private readonly entries = new Map<string, Entry>();
  private readonly subscriptions: vscode.Disposable[];
  private runs = 0;

  constructor() {
    this.subscriptions = [
      vscode.workspace.onDidCloseTextDocument((doc) => this.entries.delete(doc.uri.toString())),
      // A new size limit changes every analysis. Registered first, so it runs before the views' listeners.
      onSettingsChanged(['analysis.maxDocumentLength'], () => this.entries.clear()),
    ];
  }

  /** The analysis of the document's current version (computed on first request). */
  get(document: vscode.TextDocument): Analysis {
    const key = document.uri.toString();
    const cached = this.entries.get(key);
    if (cached && cached.version === document.version) return cached.analysis;
    const analysis = this.analyzeNow(document);
    if (!document.isClosed) this.entries.set(key, { version: document.version, analysis });
    return analysis;
  }

  /** Whether the current version is already analysed (so `get` returns at once). */
  has(document: vscode.TextDocument): boolean {
    return this.entries.get(document.uri.toString())?.version === document.version;
  }

  /**
   * The analysis once the document has been still for `delayMs`; undefined when, by then, the document has
   * changed again, closed, or the token was cancelled (the caller's newer request supersedes this one).
   */
  async settled(document: vscode.TextDocument, delayMs: number, token?: vscode.CancellationToken): Promise<Analysis | undefined> {
    const version = document.version;
    if (delayMs > 0 && !this.has(document)) await new Promise((resolve) => setTimeout(resolve, delayMs));
    if (token?.isCancellationRequested || document.isClosed || document.version !== version) return undefined;
    return this.get(document);
  }

  /** How many analyses ran since activation (tests check that typing does not analyse every keystroke). */
  get analysesRun(): number {
    return this.runs;
  }

  private analyzeNow(document: vscode.TextDocument): Analysis {
    this.runs++;
    const started = Date.now();
    const maxLength = settings(document.uri).maxDocumentLength;
    const analysis = analyze(document.getText(), { maxLength });
    const elapsed = Date.now() - started;
    if (elapsed > SLOW_ANALYSIS_MS) log().warn(`Analysing ${document.uri.toString(true)} (${document.getText().length} characters) took ${elapsed} ms.`);
    return analysis;
  }

  dispose(): void {
    this.subscriptions.forEach((s) => s.dispose());
    this.entries.clear();
  }
}
