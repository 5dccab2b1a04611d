/**
 * The extension host's side of the analysis worker thread: one long-lived worker, started on the first job
 * and reused (analysisWorkerLauncher.ts starts it and decides when to give up), with one job per document. A
 * newer version of a document supersedes its queued job (answered 'superseded' at once); a job already
 * running cannot be interrupted inside the engine, so it finishes and its answer is dropped — unless it is
 * still running `STALE_RUN_LIMIT_MS` after it started, when the worker is stopped and a new one takes the next
 * job (a document someone set a huge size limit for must not hold up the rest). A crash answers the running
 * job 'unavailable'; once the launcher gives up, every job is. When the engine throws on a document, the job
 * is answered 'failed' with its error. No `vscode` import, so unit tests drive it in plain Node.
 */
import type { Worker } from 'worker_threads';
import type { Analysis } from '../core/types';
import { unpackAnalysis } from './analysisTransfer';
import { AnalysisWorkerLauncher, type WorkerLog } from './analysisWorkerLauncher';
import { wallNow, type AnalyzeReply, type AnalyzeRequest, type WorkerRequest, type WorkerTimings } from './analysisWorkerProtocol';

/** 'failed' carries the engine's error: analysing the same text again would fail the same way. */
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

export class AnalysisWorkerClient {
  private readonly launcher: AnalysisWorkerLauncher;
  private worker: Worker | undefined;
  private readonly queued = new Map<string, Job>();
  private running: Job | undefined;
  private staleTimer: ReturnType<typeof setTimeout> | undefined;
  private runStartedAt = 0;
  private nextId = 1;
  private disposed = false;
  private readonly counts = { analysed: 0, superseded: 0, restarts: 0 };

  constructor(script: string, log: WorkerLog = () => undefined, private readonly staleRunLimitMs = STALE_RUN_LIMIT_MS) {
    this.launcher = new AnalysisWorkerLauncher(script, log, {
      reply: (worker, reply) => {
        if (worker === this.worker) this.onReply(reply);
      },
      died: (worker) => {
        if (worker === this.worker) this.onDeath();
      },
    });
  }

  /** Workers started and crashed; jobs answered, superseded; workers stopped on a stale job. */
  get stats(): { starts: number; crashes: number; analysed: number; superseded: number; restarts: number } {
    return { ...this.launcher.stats, ...this.counts };
  }

  /** False once the launcher gave up (or the client was disposed): every job is then 'unavailable'. */
  get available(): boolean {
    return !this.disposed && this.launcher.available;
  }

  /** Analyses a document's prefix (see analyzePrefix.ts) as the latest job for `key`. */
  analyze(key: string, prefix: string, fullLength: number): Promise<WorkerOutcome> {
    if (!this.available) return Promise.resolve('unavailable');
    this.forget(key);
    return new Promise((resolve) => {
      this.queued.set(key, { key, request: { id: this.nextId++, key, prefix, fullLength, sentAt: 0 }, resolve, stale: false });
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

  /** The document closed: its jobs are dropped, and the worker lets go of what it kept for its next version. */
  close(key: string): void {
    this.forget(key);
    this.worker?.postMessage({ close: key } satisfies WorkerRequest);
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
    if (!this.worker && this.available) this.worker = this.launcher.start();
    return this.worker;
  }

  private onReply(reply: AnalyzeReply): void {
    const job = this.running;
    if (!job || job.request.id !== reply.id) return;
    this.endRun();
    if ('error' in reply) {
      job.resolve({ failed: reply.error });
    } else if (job.stale) {
      this.finish(job, 'superseded');
    } else {
      this.counts.analysed++;
      const receivedAt = wallNow();
      job.resolve({ analysis: unpackAnalysis(reply.analysis), timings: { ...reply.timings, receivedAt } });
    }
    this.pump();
  }

  /** The current worker died: its job is answered 'unavailable', and the next job starts another if allowed. */
  private onDeath(): void {
    this.worker = undefined;
    const job = this.running;
    this.endRun();
    if (job) this.finish(job, 'unavailable');
    this.pump();
  }

  private stopIfStale(job: Job): void {
    if (this.running !== job || !job.stale || !this.worker) return;
    const worker = this.worker;
    this.worker = undefined;
    this.counts.restarts++;
    this.launcher.stop(worker);
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
    if (outcome === 'superseded') this.counts.superseded++;
    job.resolve(outcome);
  }

  dispose(): void {
    this.disposed = true;
    const worker = this.worker;
    this.worker = undefined;
    if (worker) this.launcher.stop(worker);
    const running = this.running;
    this.endRun();
    if (running) this.finish(running, 'superseded');
    this.queued.forEach((job) => this.finish(job, 'superseded'));
    this.queued.clear();
  }
}
