// The benchmark corpus: the 24 Wikinews articles of test/fixtures (CC BY 2.5, Wikinews contributors).
import * as fs from 'fs';
import * as path from 'path';
import * as v8 from 'v8';
import * as vm from 'vm';

/** The project root (dist/bench.js runs one folder below it). */
export const ROOT = path.resolve(__dirname, '..');

/** The Wikinews articles, in file-name order. */
export function wikinewsArticles(): string[] {
  const dir = path.join(ROOT, 'test/fixtures/wikinews');
  return fs.readdirSync(dir).filter((f) => f.endsWith('.article')).sort().map((f) => fs.readFileSync(path.join(dir, f), 'utf8'));
}

/** The articles concatenated `times` times, separated by blank lines, as one document. */
export function concatenated(articles: readonly string[], times: number): string {
  const once = articles.join('\n\n');
  return Array.from({ length: times }, () => once).join('\n\n');
}

export function megabytes(text: string): number {
  return Buffer.byteLength(text, 'utf8') / 1e6;
}

/** Median of a list of numbers. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export interface Sample {
  readonly wallMs: number;
  /** CPU time of the main thread (see cpuMs). */
  readonly cpuMs: number;
}

/**
 * One run of `fn`, after a full garbage collection, so that no run pays for the garbage of the runs before
 * it (a large run leaves more than a small one). On a machine shared with other work the CPU time is the
 * steadier figure: the wall time also counts the time the process waited for a core.
 */
export function measure(fn: () => unknown): Sample {
  collectGarbage();
  const cpu = cpuMs();
  const started = performance.now();
  fn();
  const wallMs = performance.now() - started;
  return { wallMs, cpuMs: cpuMs() - cpu };
}

const SCHEDSTAT = `/proc/self/task/${process.pid}/schedstat`;
const hasSchedstat = fs.existsSync(SCHEDSTAT);

/**
 * Milliseconds of CPU the main thread has run: the engine, and the garbage collection it waits for. On Linux
 * from the scheduler (brought up to date every few milliseconds: fine for runs of 100 ms and more), so V8's
 * helper threads are not counted: a full collection before a run leaves them sweeping during it, which
 * process.cpuUsage() would add to whatever the run measures (tens of milliseconds on a small run). Elsewhere,
 * the CPU time of the whole process.
 */
export function cpuMs(): number {
  if (hasSchedstat) return Number(fs.readFileSync(SCHEDSTAT, 'utf8').split(' ')[0]) / 1e6;
  const used = process.cpuUsage();
  return (used.user + used.system) / 1000;
}

let gc: (() => void) | undefined;

/** A full garbage collection (the benchmark is not started with --expose-gc, so the flag is set here). */
export function collectGarbage(): void {
  if (!gc) {
    v8.setFlagsFromString('--expose-gc');
    gc = vm.runInNewContext('gc') as () => void;
  }
  gc();
}

export const fixed = (n: number, digits = 1): string => n.toFixed(digits);
