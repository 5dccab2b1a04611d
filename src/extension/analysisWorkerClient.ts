/**
 * The extension host's side of the analysis worker thread: one long-lived worker, started on first use, with
 * one job per document. A newer version of a document supersedes its queued job (answered 'superseded' at
 * once); a job already running cannot be interrupted inside the engine, so it finishes and its answer is
 * dropped — unless it is still running `STALE_RUN_LIMIT_MS` after it started, when the worker is stopped
 * and a new one takes the next job (a document someone set a huge size limit for must not hold up the rest).
 * When the worker cannot start or keeps dying, jobs are answered 'unavailable' and the caller analyses on
 * its own thread; when the engine throws on a document, the job is answered 'failed' with its error. No `vscode` import, so unit tests drive it in plain Node.
 */
import { Worker } from 'worker_threads';
import type { Analysis } from '../core/types';
import { unpackAnalysis } from './analysisTransfer';
import { wallNow, type AnalyzeReply, type AnalyzeRequest, type WorkerTimings } from './analysisWorkerProtocol';

/** 'failed' carries the engine's error: analysing again on the host would fail the same way, blocking it. */
export type WorkerOutcome =
  | { readonly analysis: Analysis; readonly timings: WorkerTimings & { readonly receivedAt: number } }
  | { readonly failed: string }
  | 'superseded'
  | 'unavailable';

interface Job {
  readonly key: string;
  readonly request: AnalyzeRequest;
  readonly resolve: (outcome: WorkerOutcome) => void;
  stale: boolean;
}

export const STALE_RUN_LIMIT_MS = 1000;
/** After this many crashes (or failures to start) the worker is not started again this session. */
const MAX_CRASHES = 3;

export class AnalysisWorkerClient {
  private worker: Worker | undefined;
  private readonly queued = new Map<string, Job>();
  private running: Job | undefined;
  private staleTimer: ReturnType<typeof setTimeout> | undefined;
  private runStartedAt = 0;
  private nextId = 1;
  private disposed = false;
  readonly stats = { analysed: 0, superseded: 0, restarts: 0, crashes: 0 };

  constructor(
    private readonly script: string,
    private readonly log: (message: string) => void = () => undefined,
    private readonly staleRunLimitMs = STALE_RUN_LIMIT_MS,
  ) {}

  /** False once the worker failed too often (or the client was disposed): callers then analyse themselves. */
  get available(): boolean {
    return !this.disposed && this.stats.crashes < MAX_CRASHES;
  }

  /** Analyses a document's prefix (see analyzePrefix.ts) as the latest job for `key`. */
  analyze(key: string, prefix: string, fullLength: number): Promise<WorkerOutcome> {
    if (!this.available) return Promise.resolve('unavailable');
    this.forget(key);
    return new Promise((resolve) => {
      this.queued.set(key, { key, request: { id: this.nextId++, prefix, fullLength, sentAt: 0 }, resolve, stale: false });
      this.pump();
    });
  }

  /** Drops the document's queued job and marks its running job stale (a newer version, or it was closed). */
  forget(key: string): void {
    const queued = this.queued.get(key);
    if (queued) {
      this.queued.delete(key);
      this.finish(queued, 'superseded');
    }
    if (this.running?.key === key) {
      this.running.stale = true;
      if (performance.now() - this.runStartedAt >= this.staleRunLimitMs) this.stopIfStale(this.running);
    }
  }

  private pump(): void {
    if (this.running || this.disposed) return;
    const [next] = this.queued.values();
    if (!next) {
      this.worker?.unref();
      return;
    }
    const worker = this.ensureWorker();
    if (!worker) {
      this.queued.forEach((job) => this.finish(job, 'unavailable'));
      this.queued.clear();
      return;
    }
    this.queued.delete(next.key);
    this.running = next;
    worker.ref();
    worker.postMessage({ ...next.request, sentAt: wallNow() });
    this.runStartedAt = performance.now();
    this.staleTimer = setTimeout(() => this.stopIfStale(next), this.staleRunLimitMs);
  }

  private ensureWorker(): Worker | undefined {
    if (this.worker || !this.available) return this.worker;
    try {
      const worker = new Worker(this.script);
      worker.on('message', (reply: AnalyzeReply) => this.onReply(worker, reply));
      worker.on('error', (error) => this.onCrash(worker, error.message));
      worker.on('exit', (code) => this.onCrash(worker, `exited with code ${code}`));
      this.worker = worker;
    } catch (error) {
      this.stats.crashes = MAX_CRASHES;
      this.log(`The analysis worker cannot start (${error instanceof Error ? error.message : String(error)}); analysing on the extension host.`);
    }
    return this.worker;
  }

  private onReply(worker: Worker, reply: AnalyzeReply): void {
    const job = this.running;
    if (worker !== this.worker || !job || job.request.id !== reply.id) return;
    this.endRun();
    if ('error' in reply) {
      job.resolve({ failed: reply.error });
    } else if (job.stale) {
      this.finish(job, 'superseded');
    } else {
      this.stats.analysed++;
      const receivedAt = wallNow();
      job.resolve({ analysis: unpackAnalysis(reply.analysis), timings: { ...reply.timings, receivedAt } });
    }
    this.pump();
  }

  /** An 'error' is followed by an 'exit': only the first event of a worker counts. */
  private onCrash(worker: Worker, why: string): void {
    if (worker !== this.worker) return;
    this.worker = undefined;
    this.stats.crashes++;
    this.log(`The analysis worker stopped (${why})${this.available ? '; starting a new one' : '; analysing on the extension host from now on'}.`);
    const job = this.running;
    this.endRun();
    if (job) this.finish(job, 'unavailable');
    this.pump();
  }

  private stopIfStale(job: Job): void {
    if (this.running !== job || !job.stale || !this.worker) return;
    const worker = this.worker;
    this.worker = undefined;
    this.stats.restarts++;
    void worker.terminate();
    this.endRun();
    this.finish(job, 'superseded');
    this.pump();
  }

  private endRun(): void {
    if (this.staleTimer) clearTimeout(this.staleTimer);
    this.staleTimer = undefined;
    this.running = undefined;
  }

  private finish(job: Job, outcome: 'superseded' | 'unavailable'): void {
    if (outcome === 'superseded') this.stats.superseded++;
    job.resolve(outcome);
  }

  dispose(): void {
    this.disposed = true;
    const worker = this.worker;
    this.worker = undefined;
    void worker?.terminate();
    const running = this.running;
    this.endRun();
    if (running) this.finish(running, 'superseded');
    this.queued.forEach((job) => this.finish(job, 'superseded'));
    this.queued.clear();
  }
}
