/**
 * One analysis per document version: every provider asks here, so an article is analysed once per edit
 * however many providers (hover, tree, symbols, semantic tokens, diagnostics) need it.
 */
import * as vscode from 'vscode';
import { analyze } from '../core';
import type { Analysis } from '../core/types';

interface Entry {
  readonly version: number;
  readonly analysis: Analysis;
}

export class AnalysisCache implements vscode.Disposable {
  private readonly entries = new Map<string, Entry>();
  private readonly subscription: vscode.Disposable;

  constructor() {
    this.subscription = vscode.workspace.onDidCloseTextDocument((doc) => this.entries.delete(doc.uri.toString()));
  }

  /** The analysis of the document's current version (computed on first request). */
  get(document: vscode.TextDocument): Analysis {
    const key = document.uri.toString();
    const cached = this.entries.get(key);
    if (cached && cached.version === document.version) return cached.analysis;
    const analysis = analyze(document.getText());
    this.entries.set(key, { version: document.version, analysis });
    return analysis;
  }

  dispose(): void {
    this.subscription.dispose();
    this.entries.clear();
  }
}
