/**
 * A job of the analysis worker client (analysisWorkerClient.ts): what it asks, how it is answered, and the one
 * job the worker runs at a time, timed so that a stale run (its document has a newer version, or closed) that
 * is still going after the limit gets the worker stopped. No `vscode` import, like the client.
 */
import type { Analysis } from '../core/types';
import type { AnalyzeRequest, WorkerTimings } from './analysisWorkerProtocol';

/** 'failed' carries the engine's error: analysing the same text again would fail the same way. */
export type WorkerOutcome =
  | { readonly analysis: Analysis; readonly timings: WorkerTimings & { readonly receivedAt: number } }
  | { readonly failed: string }
  | 'superseded'
  | 'unavailable';

export interface Job {
  readonly key: string;
  readonly request: AnalyzeRequest;
  readonly resolve: (outcome: WorkerOutcome) => void;
  stale: boolean;
}

/** The job the worker is running, if any, and since when; `overdue` is called `limitMs` after a run starts. */
export class RunningJob {
  private current: Job | undefined;
  private startedAt = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly limitMs: number, private readonly overdue: (job: Job) => void) {}

  get job(): Job | undefined {
    return this.current;
  }

  /** Whether the running job started `limitMs` ago or more. */
  get pastLimit(): boolean {
    return performance.now() - this.startedAt >= this.limitMs;
  }

  /** `job` was just sent to the worker. */
  start(job: Job): void {
    this.current = job;
    this.startedAt = performance.now();
    this.timer = setTimeout(() => this.overdue(job), this.limitMs);
  }

  /** The run ended (answered, crashed or stopped): no job runs. */
  end(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    this.current = undefined;
  }
}
