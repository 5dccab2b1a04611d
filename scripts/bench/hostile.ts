// How the engine's time grows on the hostile inputs of the tests (test/shared/hostileInputs.ts): each analysed at a
// quarter and at its full size, and compared with real article text of the same length in the same run. A rule that
// reads a whole line or document per quotation or per token shows as a growth far above 1 (linear) long before a
// test times out: the tests log times but never assert them.
import { analyze } from '../../src/core';
import { hostileInputs } from '../../test/shared/hostileInputs';
import { concatenated, fixed, measure, wikinewsArticles } from './corpus';

/** Growth above this (time ×4 input / 4 × time ×1 input) is flagged, when the full run takes FLAG_MS or more. */
const SUPERLINEAR = 2;
/** Below this a full run is too short for its growth to mean anything on a shared machine (GC, timer ticks). */
const FLAG_MS = 100;
/** Each size is analysed this many times; the best time counts. */
const RUNS = 2;

const best = (fn: () => unknown): number => Math.min(...Array.from({ length: RUNS }, () => measure(fn).cpuMs));

export function benchHostile(): string[] {
  const articles = concatenated(wikinewsArticles(), 40);
  const line = articles.replace(/\r?\n/g, ' ');
  for (let i = 0; i < 3; i++) analyze(articles.slice(0, 200_000)); // warm-up
  const lines = [`Hostile inputs: CPU ms (best of ${RUNS}) at a quarter and at full size; growth = full / (4 × quarter), 1 when linear; "× text" = time per unit against article text of the same length`];
  const flagged: string[] = [];
  /** CPU ms of article text per input length: six inputs are 1,000,000 units long and share one measurement. */
  const peerMs = new Map<number, number>();
  const peerFor = (length: number): number => {
    const known = peerMs.get(length);
    if (known !== undefined) return known;
    const peerText = articles.length >= length ? articles.slice(0, length) : articles;
    const ms = measure(() => analyze(peerText)).cpuMs * (length / peerText.length);
    peerMs.set(length, ms);
    return ms;
  };
  for (const input of hostileInputs(line)) {
    const quarterText = input.build(Math.max(1, Math.round(input.size / 4)));
    const fullText = input.build(input.size);
    const quarter = best(() => analyze(quarterText));
    const full = best(() => analyze(fullText));
    const peer = peerFor(fullText.length);
    const growth = full / (4 * Math.max(quarter, 0.5));
    if (growth > SUPERLINEAR && full >= FLAG_MS) flagged.push(input.label);
    lines.push(`  ${input.label.padEnd(24)} ${fixed(fullText.length / 1e6, 2).padStart(5)} M units: ${fixed(quarter, 0).padStart(6)} / ${fixed(full, 0).padStart(6)} ms, growth ${fixed(growth, 2)}, ${fixed(full / Math.max(peer, 0.5), 2)}× text`);
  }
  lines.push(flagged.length ? `  SUPERLINEAR (growth > ${SUPERLINEAR}): ${flagged.join(', ')}` : `  no input of ${FLAG_MS} ms or more grows faster than ${SUPERLINEAR}× linear`);
  return lines;
}
