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
import { unpackAnalysis } from './analysisTransfer';
import { RunningJob, type Job, type WorkerOutcome } from './analysisWorkerJob';
import { AnalysisWorkerLauncher, type WorkerLog } from './analysisWorkerLauncher';
import { wallNow, type AnalyzeReply, type WorkerRequest } from './analysisWorkerProtocol';

export const STALE_RUN_LIMIT_MS = 1000;

export class AnalysisWorkerClient {
  private readonly launcher: AnalysisWorkerLauncher;
  private worker: Worker | undefined;
  private readonly queued = new Map<string, Job>();
  private readonly run: RunningJob;
  private nextId = 1;
  private disposed = false;
  private readonly counts = { analysed: 0, superseded: 0, restarts: 0 };

  constructor(script: string, log: WorkerLog = () => undefined, staleRunLimitMs = STALE_RUN_LIMIT_MS) {
    this.run = new RunningJob(staleRunLimitMs, (job) => this.stopIfStale(job));
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
    const running = this.run.job;
    if (running?.key === key) {
      running.stale = true;
      if (this.run.pastLimit) this.stopIfStale(running);
    }
  }

  /** The document closed: its jobs are dropped, and the worker lets go of what it kept for its next version. */
  close(key: string): void {
    this.forget(key);
    this.worker?.postMessage({ close: key } satisfies WorkerRequest);
  }

  private pump(): void {
    if (this.run.job || this.disposed) return;
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
    worker.ref();
    worker.postMessage({ ...next.request, sentAt: wallNow() });
    this.run.start(next);
  }

  private ensureWorker(): Worker | undefined {
    if (!this.worker && this.available) this.worker = this.launcher.start();
    return this.worker;
  }

  private onReply(reply: AnalyzeReply): void {
    const job = this.run.job;
    if (!job || job.request.id !== reply.id) return;
    this.run.end();
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
    const job = this.run.job;
    this.run.end();
    if (job) this.finish(job, 'unavailable');
    this.pump();
  }

  private stopIfStale(job: Job): void {
    if (this.run.job !== job || !job.stale || !this.worker) return;
    const worker = this.worker;
    this.worker = undefined;
    this.counts.restarts++;
    this.launcher.stop(worker);
    this.run.end();
    this.finish(job, 'superseded');
    this.pump();
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
    const running = this.run.job;
    this.run.end();
    if (running) this.finish(running, 'superseded');
    this.queued.forEach((job) => this.finish(job, 'superseded'));
    this.queued.clear();
  }
}
