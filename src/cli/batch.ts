/**
 * Multi-core batch analysis: `article-lens analyze --jobs N FILE…` spreads the files over N worker threads
 * (dist/batchWorker.js) and prints one result per file in the order given, exactly as the one-core path does.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Worker } from 'worker_threads';
import { analyzeFile, type FileFormat, type FileResult } from './analyzeFile';
import type { WorkReply, WorkRequest } from './batchWorker';

export interface JobsOption {
  /** Worker threads asked for, or null when the option is absent. */
  readonly jobs: number | null;
  /** The arguments without the option. */
  readonly rest: string[];
  readonly error: string | null;
}

/** Every core the process may use. */
export function allCores(): number {
  return typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
}

/** Takes `--jobs N`, `--jobs=N`, `-j N` or a bare `--jobs` (every core) out of the arguments. */
export function takeJobsOption(argv: readonly string[]): JobsOption {
  const rest: string[] = [];
  let jobs: number | null = null;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const inline = /^--jobs=(.*)$/.exec(arg);
    if (!inline && arg !== '--jobs' && arg !== '-j') {
      rest.push(arg);
      continue;
    }
    // "--jobs a.article" keeps the file: only a number after the option is its value.
    const value = inline ? inline[1] : /^\d+$/.test(argv[i + 1] ?? '') ? argv[++i] : arg === '-j' ? '' : 'all';
    jobs = value === 'all' ? allCores() : Number(value);
    if (!Number.isInteger(jobs) || jobs < 1) return { jobs: null, rest, error: `--jobs needs a whole number of threads ≥ 1, not "${value}"` };
  }
  return { jobs, rest, error: null };
}

/** Where the worker bundle sits: next to the CLI bundle (dist/cli.js → dist/batchWorker.js). */
function workerScript(): string | null {
  const script = path.join(__dirname, 'batchWorker.js');
  return fs.existsSync(script) ? script : null;
}

/** Analyses the files on `jobs` threads; resolves to the exit code (1 if any file failed). */
export async function runBatch(files: readonly string[], format: FileFormat, jobs: number, out: (s: string) => void, err: (s: string) => void): Promise<number> {
  const script = workerScript();
  let failures = 0;
  const write = (r: FileResult): void => {
    if (!r.ok) failures++;
    (r.ok ? out : err)(r.output);
  };
  if (script === null || jobs <= 1 || files.length <= 1) {
    for (const file of files) write(analyzeFile(file, format));
  } else {
    await analyzeInWorkers(script, files, format, Math.min(jobs, files.length), write);
  }
  return failures ? 1 : 0;
}

/** Files go out in chunks to whichever worker is free; results are written back in input order. */
function analyzeInWorkers(script: string, files: readonly string[], format: FileFormat, jobs: number, write: (r: FileResult) => void): Promise<void> {
  const chunkSize = Math.max(1, Math.min(64, Math.ceil(files.length / (jobs * 16))));
  const ready = new Map<number, FileResult>();
  let nextToSend = 0;
  let nextToWrite = 0;
  return new Promise((resolve) => {
    const flush = (): void => {
      for (let r = ready.get(nextToWrite); r !== undefined; r = ready.get(nextToWrite)) {
        ready.delete(nextToWrite++);
        write(r);
      }
      if (nextToWrite === files.length) resolve();
    };
    const start = (): void => {
      const worker = new Worker(script);
      let inFlight: WorkRequest | null = null;
      const feed = (): void => {
        if (nextToSend >= files.length) {
          inFlight = null;
          void worker.terminate();
          return;
        }
        const first = nextToSend;
        nextToSend = Math.min(files.length, first + chunkSize);
        inFlight = { first, files: files.slice(first, nextToSend), format };
        worker.postMessage(inFlight);
      };
      worker.on('message', (reply: WorkReply) => {
        reply.results.forEach((r, i) => ready.set(reply.first + i, r));
        flush();
        feed();
      });
      // A worker that dies (out of memory on a huge file, say) fails only its chunk; a fresh one carries on.
      let lastError = '';
      worker.on('error', (e) => { lastError = e.message; });
      worker.on('exit', (code) => {
        const lost = inFlight;
        if (lost === null) return;
        inFlight = null;
        const why = lastError || `worker stopped with exit code ${code}`;
        lost.files.forEach((file, i) => ready.set(lost.first + i, { ok: false, output: `article-lens: ${file}: internal error: ${why}` }));
        flush();
        if (nextToSend < files.length) start();
      });
      feed();
    };
    for (let i = 0; i < jobs; i++) start();
  });
}
