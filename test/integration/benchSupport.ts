// Helpers of the host benchmarks (host.bench.ts): the corpus article, medians, a lag probe of the extension
// host's event loop, and a CPU profile of the extension host's own thread (Node's inspector, in process).
import * as fs from 'fs';
import * as inspector from 'inspector';
import * as path from 'path';

const FIXTURES = path.resolve(__dirname, '..', '..', '..', 'test', 'fixtures', 'wikinews');

export function median(values: readonly number[]): number {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** The Wikinews articles over and over, cut at a paragraph break near `size` characters. */
export function corpusArticle(size: number): string {
  const once = fs.readdirSync(FIXTURES).filter((f) => f.endsWith('.article')).sort().map((f) => fs.readFileSync(path.join(FIXTURES, f), 'utf8')).join('\n\n');
  let text = once;
  while (text.length < size) text += `\n\n${once}`;
  const cut = text.lastIndexOf('\n\n', size);
  return text.slice(0, cut > 0 ? cut : size);
}

export interface Lag {
  /** The longest time the thread was busy past a tick's due time. */
  longestMs: number;
  /** Ticks more than 50 ms late. */
  over50: number;
  /** The sum of the lateness over 5 ms: the time the thread could not answer. */
  blockedMs: number;
  /** The longest pause in each phase named with `phase()`. */
  byPhase: Record<string, number>;
}

/** A `setInterval(…, 5)` that measures how late each tick comes: the extension host's pauses. */
export function lagProbe(): { phase(name: string): void; stop(): Lag } {
  const lag: Lag = { longestMs: 0, over50: 0, blockedMs: 0, byPhase: {} };
  let phase = 'start';
  let last = performance.now();
  const timer = setInterval(() => {
    const now = performance.now();
    const late = Math.round(now - last - 5);
    if (late > lag.longestMs) lag.longestMs = late;
    if (late > 50) lag.over50++;
    if (late > 5) lag.blockedMs += late;
    lag.byPhase[phase] = Math.max(lag.byPhase[phase] ?? 0, late);
    last = now;
  }, 5);
  return { phase: (name) => (phase = name), stop: () => (clearInterval(timer), lag) };
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export interface ProfileSummary {
  /** Self time of this extension's code (dist/extension.js) and of everything else, in ms. */
  extensionMs: number;
  otherMs: number;
  gcMs: number;
  /** The extension's functions with the most self time, and the others'. */
  top: { name: string; ms: number }[];
  topOther: { name: string; ms: number }[];
}

/** Profiles the extension host's thread while `work` runs (the inspector of the current isolate). */
export async function cpuProfile(work: () => Promise<void>, extensionFile: string): Promise<ProfileSummary | undefined> {
  const session = new inspector.Session();
  const post = (method: string, params?: object) =>
    new Promise<unknown>((resolve, reject) => session.post(method, params ?? {}, (error, result) => (error ? reject(error) : resolve(result))));
  try {
    session.connect();
    await post('Profiler.enable');
    await post('Profiler.setSamplingInterval', { interval: 500 });
    await post('Profiler.start');
  } catch {
    session.disconnect();
    await work();
    return undefined;
  }
  let failure: unknown;
  await work().catch((error: unknown) => (failure = error));
  const { profile } = (await post('Profiler.stop')) as { profile: Profile };
  session.disconnect();
  if (failure) throw failure;
  return summarize(profile, extensionFile);
}

function summarize(profile: Profile, extensionFile: string): ProfileSummary {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));
  const summary: ProfileSummary = { extensionMs: 0, otherMs: 0, gcMs: 0, top: [], topOther: [] };
  const ours = new Map<string, number>();
  const others = new Map<string, number>();
  for (const [id, ms] of self) {
    const frame = byId.get(id)!.callFrame;
    // The profiler's own calls (node:inspector) are not the host's work.
    if (frame.functionName === '(idle)' || frame.url === 'node:inspector') continue;
    if (frame.functionName === '(garbage collector)') summary.gcMs += ms;
    else if (frame.url.endsWith(extensionFile)) {
      summary.extensionMs += ms;
      const name = `${frame.functionName || '(anonymous)'}:${frame.lineNumber + 1}`;
      ours.set(name, (ours.get(name) ?? 0) + ms);
    } else {
      summary.otherMs += ms;
      const name = `${frame.functionName || '(anonymous)'}@${path.basename(frame.url)}:${frame.lineNumber + 1}`;
      others.set(name, (others.get(name) ?? 0) + ms);
    }
  }
  const top = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]).slice(0, 8).map(([name, ms]) => ({ name, ms: Math.round(ms * 10) / 10 }));
  summary.top = top(ours);
  summary.topOther = top(others);
  return summary;
}
