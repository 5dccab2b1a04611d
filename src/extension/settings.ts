/** Typed access to the `articleLens.*` settings this glue reads (the glossary's are read by glossary.ts). */
import * as vscode from 'vscode';

export type DiagnosticLevel = 'error' | 'warning' | 'information' | 'hint';

export interface Settings {
  readonly followCursor: boolean;
  readonly showUnattributed: boolean;
  readonly diagnosticsEnabled: boolean;
  readonly diagnosticsSeverity: DiagnosticLevel;
  /** Documents longer than this (characters) are analysed only up to it. */
  readonly maxDocumentLength: number;
}

/** About 30,000 words, far beyond any news article; analysing that much took ~0.7 s on the test machine (the seed: 13 ms). */
export const DEFAULT_MAX_DOCUMENT_LENGTH = 200_000;

export function settings(scope?: vscode.ConfigurationScope): Settings {
  const config = vscode.workspace.getConfiguration('articleLens', scope);
  return {
    followCursor: config.get<boolean>('speakers.followCursor', true),
    showUnattributed: config.get<boolean>('speakers.showUnattributed', true),
    diagnosticsEnabled: config.get<boolean>('diagnostics.enabled', true),
    diagnosticsSeverity: config.get<DiagnosticLevel>('diagnostics.severity', 'warning'),
    maxDocumentLength: Math.max(1000, config.get<number>('analysis.maxDocumentLength', DEFAULT_MAX_DOCUMENT_LENGTH)),
  };
}

/** Fires when any of the given `articleLens.` sections changes. */
export function onSettingsChanged(sections: readonly string[], listener: () => void): vscode.Disposable {
  return vscode.workspace.onDidChangeConfiguration((event) => {
    if (sections.some((s) => event.affectsConfiguration(`articleLens.${s}`))) listener();
  });
}
