/**
 * Starting the analysis worker thread and counting its deaths. A worker that dies before it has loaded its
 * bundle (it posts `ready` then) cannot start — a missing or broken bundle would fail the same way again — so
 * it is given up at once; one that dies later may be started again, until `MAX_CRASHES` deaths. Giving up is
 * logged once, as the last message: no analysis runs after it this session (the host never runs the engine).
 * No `vscode` import, so unit tests drive it in plain Node.
 */
import { Worker } from 'worker_threads';
import type { AnalyzeReply, WorkerMessage } from './analysisWorkerProtocol';

/** After this many crashes (or one failure to start) no worker is started again this session. */
export const MAX_CRASHES = 3;

/** `givingUp`: the last message, after which no analysis runs this session. */
export type WorkerLog = (message: string, givingUp: boolean) => void;

const GIVING_UP = 'Article Lens shows no analyses from now on (reload the window to try again)';

/** What the launcher reports of the workers it started. */
export interface WorkerEvents {
  reply(worker: Worker, reply: AnalyzeReply): void;
  /** A worker died (counted and logged already); `available` then says whether another may start. */
  died(worker: Worker): void;
}

export class AnalysisWorkerLauncher {
  readonly stats = { starts: 0, crashes: 0 };
  private readonly loaded = new WeakSet<Worker>();
  /** Workers dead or stopped on purpose: an 'error' is followed by an 'exit', and only the first counts. */
  private readonly gone = new WeakSet<Worker>();

  constructor(
    private readonly script: string,
    private readonly log: WorkerLog,
    private readonly events: WorkerEvents,
  ) {}

  get available(): boolean {
    return this.stats.crashes < MAX_CRASHES;
  }

  /** A new worker, or undefined when none may start. */
  start(): Worker | undefined {
    if (!this.available) return undefined;
    try {
      const worker = new Worker(this.script);
      this.stats.starts++;
      worker.on('message', (message: WorkerMessage) => {
        if ('ready' in message) this.loaded.add(worker);
        else if (!this.gone.has(worker)) this.events.reply(worker, message);
      });
      worker.on('error', (error) => this.died(worker, error.message));
      worker.on('exit', (code) => this.died(worker, `exited with code ${code}`));
      return worker;
    } catch (error) {
      this.cannotStart(error instanceof Error ? error.message : String(error));
      return undefined;
    }
  }

  /** Stops a worker on purpose (stuck on a stale job, or disposal): not a crash. */
  stop(worker: Worker): void {
    this.gone.add(worker);
    void worker.terminate();
  }

  private died(worker: Worker, why: string): void {
    if (this.gone.has(worker)) return;
    this.gone.add(worker);
    if (!this.loaded.has(worker)) {
      this.cannotStart(why);
    } else {
      this.stats.crashes++;
      const givingUp = !this.available;
      this.log(`The analysis worker stopped (${why})${givingUp ? `: ${GIVING_UP}` : '; starting a new one'}.`, givingUp);
    }
    this.events.died(worker);
  }

  private cannotStart(why: string): void {
    this.stats.crashes = MAX_CRASHES;
    this.log(`The analysis worker cannot start (${why}): ${GIVING_UP}.`, true);
  }
}
