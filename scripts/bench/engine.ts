// Engine throughput on one core, side by side with compromise on the same text, and how time grows with size.
import { analyze } from '../../src/core';
import { concatenated, fixed, measure, median, megabytes, wikinewsArticles } from './corpus';
import { benchDistinctCompromise, benchDistinctEngine } from './distinct';

interface CompromiseView {
  quotations(): { out(format: 'array'): string[] };
  people(): { out(format: 'array'): string[] };
}
type Compromise = (text: string) => CompromiseView;

/** compromise is an ES module with a CommonJS build; its function is the default export. */
function loadCompromise(): Compromise {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const mod = require('compromise') as Compromise & { default?: Compromise };
  return mod.default ?? mod;
}

const COPIES = 40;
const ENGINE_RUNS = 5;
/** compromise runs at about 0.15 MB/s: by default it gets COPIES / 10 copies and its time is scaled by 10. */
const COMPROMISE_SHARE = process.env.BENCH_COMPROMISE_FULL ? 1 : 10;

export function benchEngine(): string[] {
  const articles = wikinewsArticles();
  const once = concatenated(articles, 1);
  const big = concatenated(articles, COPIES);
  const lines = [`Engine: ${articles.length} Wikinews articles ×${COPIES} = ${fixed(megabytes(big), 2)} MB (UTF-8), one document, one core`];

  for (let i = 0; i < 3; i++) analyze(once); // warm-up: JIT and lazily built tables
  analyze(big); // and once at full size, so that the median measures the warm engine, not its optimisation
  let statements = 0;
  const samples = Array.from({ length: ENGINE_RUNS }, () => measure(() => (statements = analyze(big).statements.length)));
  const cpuMs = median(samples.map((x) => x.cpuMs));
  const wallMs = median(samples.map((x) => x.wallMs));
  const onceStatements = analyze(once).statements.length;
  const engineRate = megabytes(big) / (cpuMs / 1000);
  lines.push(`  article-lens analyze       ${fixed(cpuMs, 0).padStart(7)} ms  ${fixed(engineRate, 2).padStart(7)} MB/s  (main-thread CPU time, median of ${ENGINE_RUNS}; wall ${fixed(wallMs, 0)} ms, ${fixed(megabytes(big) / (wallMs / 1000), 2)} MB/s; ${statements} statements = ${COPIES} × ${onceStatements}${statements === COPIES * onceStatements ? '' : ' ✗ NOT PROPORTIONAL'})`);

  const scaling = benchScaling(once); // before compromise fills the heap
  const distinct = benchDistinctEngine();

  const nlp = loadCompromise();
  const share = concatenated(articles, COPIES / COMPROMISE_SHARE);
  nlp(articles[0]).quotations(); // warm-up
  let quotations = 0;
  let people = 0;
  // Timed like the engine (main-thread CPU time), so that their ratio holds on a busy machine too.
  const shareMs = measure(() => {
    const doc = nlp(share);
    quotations = doc.quotations().out('array').length;
    people = doc.people().out('array').length;
  }).cpuMs;
  const compromiseMs = shareMs * COMPROMISE_SHARE;
  const compromiseRate = megabytes(share) / (shareMs / 1000);
  const scaled = COMPROMISE_SHARE > 1 ? `; run on ×${COPIES / COMPROMISE_SHARE} (${fixed(megabytes(share), 2)} MB) in ${fixed(shareMs, 0)} ms, time ×${COMPROMISE_SHARE}` : '';
  lines.push(`  compromise quotations+people ${fixed(compromiseMs, 0).padStart(5)} ms  ${fixed(compromiseRate, 2).padStart(7)} MB/s  (main-thread CPU time; ${quotations} quotations, ${people} people${scaled})`);
  lines.push(`  ratio: article-lens is ${fixed(engineRate / compromiseRate, 1)}× the throughput of compromise (target ≥ 10 MB/s: ${engineRate >= 10 ? 'met' : 'NOT met'})`);
  lines.push(...scaling);
  lines.push(...distinct.lines, ...benchDistinctCompromise(distinct, nlp, COMPROMISE_SHARE > 1 ? 4 : 1));
  return lines;
}

/**
 * CPU time per copy at ×1, ×4 and ×16: linear growth keeps the ratio to ×1 near 1.00. Each sample analyses
 * 16 copies' worth (×1 sixteen times, ×4 four times, ×16 once), after a garbage collection and a warm-up
 * round of every size, and the sizes alternate round by round, so a machine busy with other work weighs on
 * every size alike. The copies are identical: what the engine memoises per phrase (shared by all analyses of
 * the process) is found again in each copy, whichever the size.
 */
function benchScaling(once: string): string[] {
  const ROUNDS = 7;
  const sizes = [1, 4, 16].map((copies) => ({ copies, text: Array.from({ length: copies }, () => once).join('\n\n'), samples: [] as number[] }));
  const sample = (size: (typeof sizes)[number]): number => {
    const repeats = 16 / size.copies;
    return measure(() => { for (let i = 0; i < repeats; i++) analyze(size.text); }).cpuMs / repeats;
  };
  for (const size of sizes) sample(size);
  for (let round = 0; round < ROUNDS; round++) for (const size of sizes) size.samples.push(sample(size));
  const lines = [`  scaling (main-thread CPU time, median of ${ROUNDS} alternating rounds; time per copy relative to ×1, 1.00 = linear, target within 10%):`];
  const base = median(sizes[0].samples);
  for (const { copies, text, samples } of sizes) {
    const ms = median(samples);
    const ratio = ms / copies / base;
    lines.push(`    ×${String(copies).padEnd(2)} ${fixed(megabytes(text), 2).padStart(5)} MB ${fixed(ms, 1).padStart(8)} ms  ${fixed(megabytes(text) / (ms / 1000), 2).padStart(6)} MB/s  ratio ${ratio.toFixed(2)}${Math.abs(ratio - 1) <= 0.1 ? '' : ' (outside 10%)'}`);
  }
  return lines;
}
