// An isolated edit of a 1 MB article, as the host benchmark makes it (a new quoted paragraph in the middle),
// analysed fresh (`analyze`) and incrementally (`IncrementalAnalyzer`, as the extension's worker does), each
// timed by the main thread's CPU time after a full garbage collection: median of 20 of each, alternating. The
// engine section's throughput stays a cold analysis: it never uses an IncrementalAnalyzer.
import { analyze, IncrementalAnalyzer } from '../../src/core';
import { cpuMs, fixed, measure, median, wikinewsArticles } from './corpus';

const SIZE = 1_000_000;
const RUNS = 20;
const FIRST_RUNS = 5;

/** The Wikinews articles repeated to about `size` characters, cut at a paragraph break (as the host bench). */
function corpusArticle(size: number): string {
  const once = wikinewsArticles().join('\n\n');
  let text = once;
  while (text.length < size) text += `\n\n${once}`;
  const cut = text.lastIndexOf('\n\n', size);
  return text.slice(0, cut > 0 ? cut : size);
}

const quotation = (i: number) => `\n\n"We will decide on item ${i} soon," Minister Ana Example ${i} said.\n\n`;

export function benchEdit(): string[] {
  let text = corpusArticle(SIZE);
  const at = text.length >> 1;
  for (let i = 0; i < 3; i++) { analyze(text); new IncrementalAnalyzer().analyze(text); } // warm-up
  // A new analyzer's first analysis (nothing to reuse) against `analyze`, alternating.
  const firsts: number[] = [];
  const colds: number[] = [];
  for (let i = 0; i < FIRST_RUNS; i++) {
    firsts.push(measure(() => new IncrementalAnalyzer().analyze(text)).cpuMs);
    colds.push(measure(() => analyze(text)).cpuMs);
  }
  const analyzer = new IncrementalAnalyzer();
  analyzer.analyze(text);
  const fresh: number[] = [];
  const incremental: number[] = [];
  const wall: number[] = [];
  let same = true;
  for (let i = 0; i < RUNS; i++) {
    text = text.slice(0, at) + quotation(i) + text.slice(at);
    let got: unknown;
    const sample = measure(() => (got = analyzer.analyze(text)));
    incremental.push(sample.cpuMs);
    wall.push(sample.wallMs);
    let expected: unknown;
    fresh.push(measure(() => (expected = analyze(text))).cpuMs);
    if (i === 0 || i === RUNS - 1) same &&= JSON.stringify(got) === JSON.stringify(expected);
  }
  const { paragraphs, figureStretches } = analyzer.reused;
  return [
    `Edit: a ${fixed(text.length / 1e6, 2)} MB article (the Wikinews articles repeated), a quoted paragraph inserted in the middle; main-thread CPU time, median of ${RUNS}`,
    `  fresh analyze              ${fixed(median(fresh)).padStart(7)} ms`,
    `  incremental                ${fixed(median(incremental)).padStart(7)} ms  (wall ${fixed(median(wall))} ms; ${fixed(median(fresh) / median(incremental), 2)}× faster; ${paragraphs} paragraphs' tokens and ${figureStretches} stretches' figures reused)`,
    `  a new analyzer's first    ${fixed(median(firsts)).padStart(7)} ms  (nothing to reuse: a fresh analysis that also records what the next can reuse; analyze ${fixed(median(colds))} ms in the same rounds, median of ${FIRST_RUNS} each)`,
    `  same output as analyze: ${same ? 'yes' : 'NO ✗'}  (checked at the first and the last edit; the CPU clock read ${cpuMs() > 0 ? 'from the scheduler' : '?'})`,
  ];
}
