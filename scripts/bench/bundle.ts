// The shipped bundles: their sizes, and what loading the extension, starting its analysis worker cold and getting
// the seed's first analysis through it cost in a fresh Node process (the extension host never runs the engine).
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as zlib from 'zlib';
import { ROOT, fixed, median } from './corpus';

const RUNS = 15;

/**
 * Runs in a fresh process: a stub `vscode` module that answers everything, then timed requires and analyses.
 * Then the worker as the extension starts it (analysisWorkerClient.ts): `new Worker(dist/analysisWorker.js)`
 * and the seed posted at once, timed to its answer (worker start, bundle load, cold analysis, packing, copy)
 * and the statements decoded as the views would; then a second request's round trip on the warm worker.
 */
const PROBE = String.raw`
const Module = require('module');
const v8 = require('v8');
const { Worker } = require('worker_threads');
const [extensionPath, workerPath, corePath, seedPath] = process.argv.slice(1);
const handler = { get: (_t, key) => (key === 'then' ? undefined : key === Symbol.toPrimitive ? () => '' : stub), apply: () => stub, construct: () => stub, set: () => true };
const stub = new Proxy(function () {}, handler);
const load = Module._load;
// esbuild's __toESM copies a module onto an object with the same prototype: inherit from the stub so every name resolves.
const vscode = Object.create(stub);
Module._load = function (request) { return request === 'vscode' ? vscode : load.apply(this, arguments); };
const fs = require('fs');
const seed = fs.readFileSync(seedPath, 'utf8');
// CPU time of the main thread (Linux), so that a busy machine weighs less on the figures; else of the process.
const schedstat = '/proc/self/task/' + process.pid + '/schedstat';
const cpu = fs.existsSync(schedstat) ? () => Number(fs.readFileSync(schedstat, 'utf8').split(' ')[0]) / 1e6 : () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const c0 = cpu();
const t0 = performance.now();
const extension = require(extensionPath);
const t1 = performance.now();
const c1 = cpu();
let activate = null;
try {
  const context = { subscriptions: [], extensionPath: '', extensionUri: stub, globalState: stub, workspaceState: stub, secrets: stub, asAbsolutePath: (p) => p, extension: stub, extensionMode: 1, logUri: stub, storageUri: stub, globalStorageUri: stub, environmentVariableCollection: stub };
  const t = performance.now();
  extension.activate && extension.activate(context);
  activate = performance.now() - t;
} catch (e) { activate = String(e && e.message); }
// A key per request: the second is a fresh analysis, as before the worker reused a document's previous version.
const request = (id) => ({ id, key: 'bench-' + id, prefix: seed, fullLength: seed.length, sentAt: performance.timeOrigin + performance.now() });
const processCpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const c2 = cpu();
const p2 = processCpu();
const w0 = performance.now();
const worker = new Worker(workerPath);
worker.postMessage(request(1));
const result = { load: t1 - t0, loadCpu: c1 - c0, activate };
worker.on('error', (e) => { console.error(e); process.exit(1); });
worker.on('message', (m) => {
  const now = performance.now();
  if (m.ready) { result.workerReady = now - w0; return; }
  if (m.error) { console.error(m.error); process.exit(1); }
  if (m.id === 1) {
    result.statements = v8.deserialize(m.analysis.fields.statements).length;
    result.workerFirst = performance.now() - w0;
    result.workerFirstCpu = cpu() - c2;
    result.workerFirstAllCpu = processCpu() - p2;
    result.workerEngine = m.timings.engineMs;
    result.sent = performance.now();
    worker.postMessage(request(2));
  } else {
    result.workerSecond = now - result.sent;
    result.workerSecondEngine = m.timings.engineMs;
    worker.terminate().then(() => {
      const tc = performance.now();
      const core = require(corePath);
      const t2 = performance.now();
      result.coreLoad = t2 - tc;
      core.analyze(seed);
      const t3 = performance.now();
      core.analyze(seed);
      result.coreFirst = t3 - t2;
      result.coreSecond = performance.now() - t3;
      console.log(JSON.stringify(result));
      process.exit(0);
    });
  }
});
`;

interface Probe {
  load: number;
  loadCpu: number;
  activate: number | string | null;
  /** From `new Worker` to the worker's `ready` (its bundle loaded). */
  workerReady: number;
  /** From `new Worker` to the seed's first answer decoded (statements), wall and main-thread CPU. */
  workerFirst: number;
  workerFirstCpu: number;
  /** The CPU time of every thread of the process meanwhile (the worker's start and analysis, GC helpers). */
  workerFirstAllCpu: number;
  workerEngine: number;
  workerSecond: number;
  workerSecondEngine: number;
  statements: number;
  coreLoad: number;
  coreFirst: number;
  coreSecond: number;
}

type Figure = Exclude<keyof Probe, 'activate'>;

/** The core alone, minified, so the engine's own cold cost can be timed in the fresh process. */
function buildCore(outfile: string): void {
  const esbuild = path.join(ROOT, 'node_modules/.bin/esbuild');
  const r = spawnSync(esbuild, ['src/core/index.ts', '--bundle', '--minify', '--platform=node', '--format=cjs', '--log-level=error', `--outfile=${outfile}`], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`esbuild failed: ${r.stderr}`);
}

function probe(extension: string, worker: string, core: string, seed: string): Probe {
  const r = spawnSync(process.execPath, ['-e', PROBE, extension, worker, core, seed], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`probe failed: ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').pop() ?? '{}') as Probe;
}

function knowledgeBaseBytes(): number {
  const dir = path.join(ROOT, 'src/core/data');
  if (!fs.existsSync(dir)) return 0;
  return fs.readdirSync(dir, { recursive: true }).map(String).filter((f) => f.endsWith('.json')).reduce((sum, f) => sum + fs.statSync(path.join(dir, f)).size, 0);
}

/** "248.1 KB minified, 80.2 KB gzipped" */
function sizeOf(bytes: Buffer): string {
  const minified = !bytes.toString('utf8').includes('sourceMappingURL');
  return `${fixed(bytes.length / 1024)} KB${minified ? ' minified' : ' NOT MINIFIED (run npm run bench, which builds --production)'}, ${fixed(zlib.gzipSync(bytes).length / 1024)} KB gzipped`;
}

export function benchBundle(): string[] {
  const extension = path.join(ROOT, 'dist/extension.js');
  const worker = path.join(ROOT, 'dist/analysisWorker.js');
  const bytes = fs.readFileSync(extension);
  const lines = [
    `Bundle: dist/extension.js ${sizeOf(bytes)} (target ≤ 250 KB: ${bytes.length <= 250 * 1024 ? 'met' : 'NOT met'}); ` +
      `dist/analysisWorker.js (the engine, run only in the worker thread) ${sizeOf(fs.readFileSync(worker))}; JSON data in src/core/data ${fixed(knowledgeBaseBytes() / 1024)} KB`,
  ];
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'article-lens-bundle-'));
  try {
    const core = path.join(dir, 'core.js');
    buildCore(core);
    const seed = path.join(ROOT, 'test/fixtures/genoa-summit-2001.article');
    const probes = Array.from({ length: RUNS }, () => probe(extension, worker, core, seed));
    const med = (key: Figure): number => median(probes.map((p) => p[key]));
    const m = (key: Figure): string => fixed(med(key), 2);
    const activations = probes.map((p) => p.activate).filter((a): a is number => typeof a === 'number');
    const activate = activations.length ? `${fixed(median(activations), 2)} ms with a stub vscode API` : `not measured (${String(probes[0].activate)})`;
    lines.push(`  fresh Node process, median of ${RUNS}: require(extension.js) ${m('load')} ms; activate ${activate}`);
    lines.push(
      `  cold analysis worker, seed (${fs.statSync(seed).size} bytes, ${probes[0].statements} statements): new Worker → loaded ${m('workerReady')} ms; → first answer decoded ${m('workerFirst')} ms ` +
        `(engine ${m('workerEngine')} ms of it; CPU of all threads ${m('workerFirstAllCpu')} ms, of the main thread ${m('workerFirstCpu')} ms); ` +
        `warm, a second request's round trip ${m('workerSecond')} ms (engine ${m('workerSecondEngine')} ms of it)`,
    );
    lines.push(`  the engine alone in the main thread, for comparison: core bundle ${fixed(fs.statSync(core).size / 1024)} KB loaded in ${m('coreLoad')} ms, first analysis ${m('coreFirst')} ms, second ${m('coreSecond')} ms`);
    const total = median(probes.map((p) => p.load + p.workerFirst));
    const totalCpu = median(probes.map((p) => p.loadCpu + p.workerFirstCpu));
    lines.push(
      `  load + first analysis (require extension.js, then cold worker to first answer) ${fixed(total, 2)} ms wall (target ≤ 20 ms: ${total <= 20 ? 'met' : 'NOT met'}); ` +
        `main-thread CPU ${fixed(totalCpu, 2)} ms (require ${m('loadCpu')} + while the worker starts and answers ${m('workerFirstCpu')})`,
    );
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return lines;
}
