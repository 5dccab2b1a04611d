/**
 * One analysis per document version: every provider asks here, so an article is analysed once per edit
 * however many providers (hover, tree, symbols, semantic tokens, diagnostics) need it, and concurrent
 * requests for one version share one analysis.
 *
 * Short documents (up to `HOST_ANALYSIS_MAX_LENGTH` characters, a few milliseconds of work) are analysed on
 * the spot. Longer ones go to the analysis worker thread, so the extension host never waits for the engine;
 * a newer version supersedes an older one still waiting there. Documents longer than
 * `articleLens.analysis.maxDocumentLength` are analysed up to that length only (the analysis then carries a
 * `truncated` problem, which the status bar reports once). If the worker cannot run, long documents are
 * analysed on the host, at most `DEFAULT_MAX_DOCUMENT_LENGTH` characters of them.
 */
import * as vscode from 'vscode';
import type { Analysis } from '../core/types';
import { analyzePrefix } from './analyzePrefix';
import { isArticle } from './articleEditors';
import { AnalysisWorkerClient } from './analysisWorkerClient';
import { wallNow } from './analysisWorkerProtocol';
import type { Analysed, Asked } from './analysed';
import { awaitShared } from './sharedWork';
import { documentPrefix, type DocumentPrefix } from './documentPrefix';
import { EditPace } from './editPace';
import { log } from './log';
import { DEFAULT_MAX_DOCUMENT_LENGTH, onSettingsChanged, settings } from './settings';

export type { Analysed } from './analysed';

/** Keyed by URI, but an untitled document closed and another opened under its name must not share entries. */
interface Entry {
  readonly document: vscode.TextDocument;
  readonly version: number;
  result?: Analysed;
  pending?: Promise<Analysed | undefined>;
}

/** Longer documents are analysed in the worker: at ~1 MB/s, 10,000 characters cost the host ~10 ms. */
export const HOST_ANALYSIS_MAX_LENGTH = 10_000;

/** Analyses on the host slower than this are logged, to find documents that need a lower size limit. */
const SLOW_ANALYSIS_MS = 250;

export class AnalysisCache implements vscode.Disposable {
  private readonly entries = new Map<string, Entry>();
  private readonly subscriptions: vscode.Disposable[];
  private readonly worker: AnalysisWorkerClient | undefined;
  private readonly pace = new EditPace();
  private generation = 0;
  private runs = 0;
  readonly stats = { host: 0, worker: 0 };

  /** Without a worker script, every analysis runs on the host (capped at the default size limit). */
  constructor(workerScript?: string) {
    this.worker = workerScript ? new AnalysisWorkerClient(workerScript, (m) => log().warn(m)) : undefined;
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

  /** The analysis of the current version, or undefined when it changed, closed or `token` was cancelled first. */
  async analysis(document: vscode.TextDocument, token?: vscode.CancellationToken): Promise<Analysis | undefined> {
    return (await this.analysed(document, token))?.analysis;
  }

  /**
   * Like `analysis`, with the text it was made from and where it ran. Right after an edit made while the user
   * keeps typing, the analysis starts only once typing pauses (see editPace.ts); an isolated edit at once.
   */
  analysed(document: vscode.TextDocument, token?: vscode.CancellationToken): Promise<Analysed | undefined> {
    const key = document.uri.toString();
    const entry = this.entries.get(key);
    const same = entry?.document === document && entry.version === document.version;
    if (same && entry.result) return Promise.resolve(entry.result);
    if (document.isClosed || token?.isCancellationRequested) return Promise.resolve(undefined);
    if (same && entry.pending) return awaitShared(entry.pending, token);
    const pause = this.pace.waitMs(key, document.version);
    const started = pause > 0 ? this.afterPause(document, pause) : this.start(document);
    if (!(started instanceof Promise)) return Promise.resolve(started);
    this.entries.set(key, { document, version: document.version, pending: started });
    return awaitShared(started, token);
  }

  /** Starts analysing the current version: on the spot when short, else in the worker. */
  private start(document: vscode.TextDocument): Analysed | Promise<Analysed | undefined> {
    const requestedAt = wallNow();
    const input = documentPrefix(document, settings(document.uri).maxDocumentLength);
    const asked = { requestedAt, textMs: wallNow() - requestedAt };
    if (input.prefix.length <= HOST_ANALYSIS_MAX_LENGTH) return this.analyseOnHost(document, input, asked);
    if (!this.worker?.available) return this.analyseOnHost(document, input, asked, DEFAULT_MAX_DOCUMENT_LENGTH);
    return this.analyseInWorker(document, input, asked);
  }

  /** Starts after `ms` unless the document changed (or closed) by then. */
  private async afterPause(document: vscode.TextDocument, ms: number): Promise<Analysed | undefined> {
    const { version } = document;
    const generation = this.generation;
    await new Promise((resolve) => setTimeout(resolve, ms));
    return this.isCurrent(document, version, generation) ? this.start(document) : undefined;
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

  /**
   * The analysis of the current version, computed on this thread if need be, whatever the length: for tests
   * and callers that cannot wait. Providers use `analysis()`.
   */
  get(document: vscode.TextDocument): Analysis {
    const cached = this.peek(document);
    if (cached) return cached.analysis;
    const requestedAt = wallNow();
    const input = documentPrefix(document, settings(document.uri).maxDocumentLength);
    return this.analyseOnHost(document, input, { requestedAt, textMs: wallNow() - requestedAt }).analysis;
  }

  /** The worker's counts (jobs answered, superseded, restarts, crashes), for tests; undefined without one. */
  get workerStats(): Readonly<AnalysisWorkerClient['stats']> | undefined {
    return this.worker?.stats;
  }

  /** How many analyses started since activation (tests check that typing does not analyse every keystroke). */
  get analysesRun(): number {
    return this.runs;
  }

  /** Analyses on this thread, at most `cap` characters (the default limit when the worker cannot run). */
  private analyseOnHost(document: vscode.TextDocument, input: DocumentPrefix, asked: Asked, cap = Infinity): Analysed {
    this.runs++;
    const text = input.prefix.length > cap ? input.prefix.slice(0, cap) : input.prefix;
    const started = performance.now();
    const analysis = analyzePrefix(text, input.fullLength);
    const elapsed = performance.now() - started;
    const result: Analysed = { version: document.version, analysis, text, where: 'host', elapsedMs: elapsed, timings: { ...asked, storedAt: wallNow() } };
    if (elapsed > SLOW_ANALYSIS_MS) log().warn(`Analysing ${document.uri.toString(true)} (${text.length} characters) took ${elapsed.toFixed(0)} ms on the extension host.`);
    this.store(document, this.generation, result);
    return result;
  }

  private async analyseInWorker(document: vscode.TextDocument, input: DocumentPrefix, asked: Asked): Promise<Analysed | undefined> {
    this.runs++;
    const { version } = document;
    const generation = this.generation;
    const outcome = await this.worker!.analyze(document.uri.toString(), input.prefix, input.fullLength);
    if (outcome === 'superseded' || !this.isCurrent(document, version, generation)) return undefined;
    if (outcome === 'unavailable') return this.analyseOnHost(document, input, asked, DEFAULT_MAX_DOCUMENT_LENGTH);
    if ('failed' in outcome) throw new Error(`The analysis worker failed on ${document.uri.toString(true)}: ${outcome.failed}`);
    const { timings } = outcome;
    const result: Analysed = { version, analysis: outcome.analysis, text: input.prefix, where: 'worker', elapsedMs: timings.engineMs, timings: { ...asked, ...timings, storedAt: wallNow() } };
    this.store(document, generation, result);
    return result;
  }

  private isCurrent(document: vscode.TextDocument, version: number, generation: number): boolean {
    return !document.isClosed && document.version === version && generation === this.generation;
  }

  /** Keeps a result if it is still the document's current version under the current settings. */
  private store(document: vscode.TextDocument, generation: number, result: Analysed): void {
    if (!this.isCurrent(document, result.version, generation)) return;
    this.stats[result.where]++;
    this.pace.analysed(document.uri.toString(), result.elapsedMs);
    this.entries.set(document.uri.toString(), { document, version: result.version, result });
  }

  private forget(key: string): void {
    this.entries.delete(key);
    this.pace.forget(key);
    this.worker?.forget(key);
  }

  dispose(): void {
    this.subscriptions.forEach((s) => s.dispose());
    this.worker?.dispose();
    this.entries.clear();
  }
}

