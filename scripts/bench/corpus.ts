// The benchmark corpus: the 24 Wikinews articles of test/fixtures (CC BY 2.5, Wikinews contributors).
import * as fs from 'fs';
import * as path from 'path';

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

/** Milliseconds taken by `fn`, median of `runs` runs. */
export function timeMs(fn: () => unknown, runs: number): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    fn();
    times.push(performance.now() - started);
  }
  return median(times);
}

export const fixed = (n: number, digits = 1): string => n.toFixed(digits);
