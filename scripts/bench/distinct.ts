// Engine throughput on distinct articles: every fixture article (test/fixtures/**/*.article, ~240 different
// articles, ~0.9 MB) analysed once per pass, a fresh `analyze` each, as the extension's worker and the batch
// CLI analyse them. The repeated corpus of the engine section hides a per-document cost (its per-document memos
// fill on the first of 40 copies); here every document pays it.
import * as fs from 'fs';
import * as path from 'path';
import { analyze } from '../../src/core';
import { fixed, measure, median, megabytes, ROOT } from './corpus';

const PASSES = 5;

/** The fixture articles, in path order. */
export function fixtureArticles(): string[] {
  const found: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.article')) found.push(fs.readFileSync(full, 'utf8'));
    }
  };
  walk(path.join(ROOT, 'test/fixtures'));
  return found;
}

export interface DistinctFigure {
  readonly articles: readonly string[];
  readonly megabytes: number;
  /** MB/s of the first pass: the articles' phrases are new to the process's shared memos (bar the warm-up's). */
  readonly firstRate: number;
  /** MB/s, median of the passes after it (the shared memos know the articles' phrases; per-document state is cold). */
  readonly rate: number;
  readonly lines: string[];
}

/** Times the engine on the fixture articles; run after the engine's warm-up, before compromise fills the heap. */
export function benchDistinctEngine(): DistinctFigure {
  const articles = fixtureArticles();
  const size = articles.reduce((sum, a) => sum + megabytes(a), 0);
  const pass = () => measure(() => { for (const a of articles) analyze(a); }).cpuMs;
  const firstMs = pass();
  const ms = median(Array.from({ length: PASSES }, pass));
  const rate = size / (ms / 1000);
  const firstRate = size / (firstMs / 1000);
  const lines = [
    `  distinct articles: ${articles.length} fixture articles, ${fixed(size, 2)} MB, a fresh analyze each (main-thread CPU time per pass):`,
    `    article-lens analyze     ${fixed(ms, 0).padStart(7)} ms  ${fixed(rate, 2).padStart(7)} MB/s  (median of ${PASSES} passes; the first pass, phrases new to the process: ${fixed(firstMs, 0)} ms, ${fixed(firstRate, 2)} MB/s)`,
  ];
  return { articles, megabytes: size, firstRate, rate, lines };
}

/** compromise's quotations() + people() on every `share`-th of the same articles (each its own document). */
export function benchDistinctCompromise(figure: DistinctFigure, nlp: (text: string) => { quotations(): { out(f: 'array'): string[] }; people(): { out(f: 'array'): string[] } }, share: number): string[] {
  const subset = figure.articles.filter((_, i) => i % share === 0);
  const size = subset.reduce((sum, a) => sum + megabytes(a), 0);
  const ms = measure(() => { for (const a of subset) { const doc = nlp(a); doc.quotations().out('array'); doc.people().out('array'); } }).cpuMs;
  const rate = size / (ms / 1000);
  const part = share > 1 ? `every ${share}th article, ${subset.length} articles, ${fixed(size, 2)} MB` : `${subset.length} articles`;
  return [
    `    compromise quotations+people ${fixed(ms, 0).padStart(5)} ms  ${fixed(rate, 2).padStart(7)} MB/s  (main-thread CPU time, one pass over ${part})`,
    `    ratio on distinct articles: article-lens is ${fixed(figure.rate / rate, 1)}× the throughput of compromise (first pass ${fixed(figure.firstRate / rate, 1)}×)`,
  ];
}
