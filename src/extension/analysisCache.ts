/**
 * One analysis per document version: every provider asks here, so an article is analysed once per edit
 * however many providers (hover, tree, symbols, semantic tokens, diagnostics) need it, and concurrent
 * requests for one version share one analysis.
 *
 * Every analysis runs in the analysis worker thread (dist/analysisWorker.js, started on the first request and
 * reused): the extension host never runs the engine, so it is never blocked by analysis, whatever the size,
 * and dist/extension.js does not carry it. A newer version supersedes an older one still waiting there.
 * Documents longer than `articleLens.analysis.maxDocumentLength` are analysed up to that length only (the
 * analysis then carries a `truncated` problem, which the status bar reports once). If the worker cannot
 * start, or keeps crashing, the extension says so once (log and status bar) and goes on without analyses.
 */
import * as vscode from 'vscode';
import type { Analysis } from '../core/types';
import { isArticle } from './articleEditors';
import { AnalysisWorkerClient } from './analysisWorkerClient';
import type { Analysed } from './analysed';
import { awaitShared } from './sharedWork';
import { EditPace } from './editPace';
import { log } from './log';
import { onSettingsChanged } from './settings';
import { workerAnalysis } from './workerAnalysis';

export type { Analysed } from './analysed';

/** Keyed by URI, but an untitled document closed and another opened under its name must not share entries. */
interface Entry {
  readonly document: vscode.TextDocument;
  readonly version: number;
  result?: Analysed;
  pending?: Promise<Analysed | undefined>;
}

export class AnalysisCache implements vscode.Disposable {
  private readonly entries = new Map<string, Entry>();
  private readonly subscriptions: vscode.Disposable[];
  private readonly worker: AnalysisWorkerClient;
  private readonly pace = new EditPace();
  private generation = 0;
  private runs = 0;

  /** `workerScript`: the path of dist/analysisWorker.js. The worker starts on the first analysis. */
  constructor(workerScript: string) {
    this.worker = new AnalysisWorkerClient(workerScript, (message, givingUp) => (givingUp ? log().error(message) : log().warn(message)));
    this.subscriptions = [
      vscode.workspace.onDidCloseTextDocument((doc) => this.forget(doc.uri.toString())),
      // Registered before the views' listeners: the pause after an edit counts from the edit.
      vscode.workspace.onDidChangeTextDocument((e) => isArticle(e.document) && e.contentChanges.length && this.pace.waitMs(e.document.uri.toString(), e.document.version)),
      // A new size limit changes every analysis. Registered first, so it runs before the views' listeners.
      onSettingsChanged(['analysis.maxDocumentLength'], () => {
        this.generation++;
        this.entries.clear();
      }),
    ];
  }

  /**
   * The analysis of the current version, or undefined when it changed, closed, `token` was cancelled first or
   * analyses are unavailable (see `unavailable`).
   */
  async analysis(document: vscode.TextDocument, token?: vscode.CancellationToken): Promise<Analysis | undefined> {
    return (await this.analysed(document, token))?.analysis;
  }

  /**
   * Like `analysis`, with the text it was made from and its timings. Right after an edit made while the user
   * keeps typing, the analysis starts only once typing pauses (see editPace.ts); an isolated edit at once.
   */
  analysed(document: vscode.TextDocument, token?: vscode.CancellationToken): Promise<Analysed | undefined> {
    const key = document.uri.toString();
    const entry = this.entries.get(key);
    const same = entry?.document === document && entry.version === document.version;
    if (same && entry.result) return Promise.resolve(entry.result);
    if (document.isClosed || token?.isCancellationRequested || this.unavailable) return Promise.resolve(undefined);
    if (same && entry.pending) return awaitShared(entry.pending, token);
    const pause = this.pace.waitMs(key, document.version);
    const pending = pause > 0 ? this.afterPause(document, pause) : this.analyseInWorker(document);
    this.entries.set(key, { document, version: document.version, pending });
    return awaitShared(pending, token);
  }

  /** True once the worker could not start or crashed too often: no analyses this session (it was logged). */
  get unavailable(): boolean {
    return !this.worker.available;
  }

  /** The cached analysis of the current version, if any (never analyses). */
  peek(document: vscode.TextDocument): Analysed | undefined {
    const entry = this.entries.get(document.uri.toString());
    return entry?.document === document && entry.version === document.version ? entry.result : undefined;
  }

  /** Whether the current version is already analysed. */
  has(document: vscode.TextDocument): boolean {
    return this.peek(document) !== undefined;
  }

  /** The worker's counts (jobs answered, superseded, restarts, crashes), for tests. */
  get workerStats(): Readonly<AnalysisWorkerClient['stats']> {
    return this.worker.stats;
  }

  /** How many analyses started since activation (tests check that typing does not analyse every keystroke). */
  get analysesRun(): number {
    return this.runs;
  }

  /** Starts after `ms` unless the document changed (or closed) by then. */
  private async afterPause(document: vscode.TextDocument, ms: number): Promise<Analysed | undefined> {
    const { version } = document;
    const generation = this.generation;
    await new Promise((resolve) => setTimeout(resolve, ms));
    return this.isCurrent(document, version, generation) ? this.analyseInWorker(document) : undefined;
  }

  /** Sends the current version to the worker (workerAnalysis.ts) and keeps the result if it is still current. */
  private async analyseInWorker(document: vscode.TextDocument): Promise<Analysed | undefined> {
    const { version } = document;
    const generation = this.generation;
    const result = await workerAnalysis(this.worker, document, () => this.isCurrent(document, version, generation), () => this.runs++);
    if (result) this.store(document, generation, result);
    return result;
  }

  private isCurrent(document: vscode.TextDocument, version: number, generation: number): boolean {
    return !document.isClosed && document.version === version && generation === this.generation;
  }

  /** Keeps a result if it is still the document's current version under the current settings. */
  private store(document: vscode.TextDocument, generation: number, result: Analysed): void {
    if (!this.isCurrent(document, result.version, generation)) return;
    this.pace.analysed(document.uri.toString(), result.elapsedMs);
    this.entries.set(document.uri.toString(), { document, version: result.version, result });
  }

  /** The document closed. */
  private forget(key: string): void {
    this.entries.delete(key);
    this.pace.forget(key);
    this.worker.close(key);
  }

  dispose(): void {
    this.subscriptions.forEach((s) => s.dispose());
    this.worker.dispose();
    this.entries.clear();
  }
}
