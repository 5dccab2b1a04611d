/**
 * Article Lens: activation wires the providers together, nothing else. Every feature lives in its own
 * module whose `register…()` returns a Disposable; all of them are disposed with the extension.
 */
import * as vscode from 'vscode';
import { AnalysisCache } from './analysisCache';
import { ArticleEditors } from './articleEditors';
import { registerCopyStatement } from './copyStatement';
import { registerDiagnostics } from './diagnostics';
import { registerDocumentSymbols } from './documentSymbols';
import { registerExportStatements } from './exportStatements';
import { registerFolding } from './folding';
import { registerFollowCursor } from './followCursor';
import { registerGlossary } from './glossary';
import { hoverStats, registerHover } from './hover';
import { transferStats } from './analysisTransfer';
import { errorsLogged, registerLog } from './log';
import { registerReferences } from './references';
import { registerSemanticTokens } from './semanticTokens';
import { registerSpeakersCommands } from './speakersCommands';
import type { SpeakersNode } from './speakerNodes';
import { SpeakersProvider } from './speakersProvider';
import { registerSpeakersView } from './speakersView';
import { registerStatusBar } from './statusBar';

/** The worker thread's bundle, next to dist/extension.js: the only one holding the engine (see esbuild.js). */
const ANALYSIS_WORKER_SCRIPT = 'dist/analysisWorker.js';

/** What `activate` returns: handles for the integration tests. */
export interface ArticleLensApi {
  readonly cache: AnalysisCache;
  readonly speakersProvider: SpeakersProvider;
  readonly speakersView: vscode.TreeView<SpeakersNode>;
  readonly editors: ArticleEditors;
  readonly statusBarItem: vscode.StatusBarItem;
  /** The status bar's transient messages so far. */
  readonly statusNotices: readonly string[];
  /** How many errors the providers caught and logged (each would otherwise have reached VS Code). */
  readonly errorsLogged: () => number;
  /** For the host benchmark: the hover provider's own time on its last answer, the analyses' decoding. */
  readonly hoverStats: { readonly lastMs: number };
  readonly transferStats: { readonly decodeMs: number };
}

export function activate(context: vscode.ExtensionContext): ArticleLensApi {
  const cache = new AnalysisCache(context.asAbsolutePath(ANALYSIS_WORKER_SCRIPT));
  const editors = new ArticleEditors();
  const speakersProvider = new SpeakersProvider(cache, editors, context.workspaceState);
  const speakersView = registerSpeakersView(speakersProvider, editors, cache);
  const glossary = registerGlossary();
  const statusBar = registerStatusBar(cache, editors);
  context.subscriptions.push(
    vscode.Disposable.from(
      cache,
      editors,
      speakersProvider,
      speakersView,
      registerFollowCursor(speakersView.treeView, speakersProvider, editors),
      registerSpeakersCommands(speakersProvider),
      registerCopyStatement(cache),
      registerExportStatements(cache, editors, () => speakersProvider.sort),
      glossary.disposable,
      registerHover(cache, glossary.glossary),
      registerSemanticTokens(cache),
      registerFolding(cache),
      registerDocumentSymbols(cache),
      registerReferences(cache),
      registerDiagnostics(cache),
      statusBar,
      registerLog(),
    ),
  );
  return { cache, speakersProvider, speakersView: speakersView.treeView, editors, statusBarItem: statusBar.item, statusNotices: statusBar.notices, errorsLogged, hoverStats, transferStats };
}

export function deactivate(): void {}
