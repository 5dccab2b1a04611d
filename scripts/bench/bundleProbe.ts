// One fresh Node process that loads the built extension with a stub `vscode`, starts its analysis worker cold and
// times the seed's analyses (bundle.ts runs it several times and reports the medians).
import { spawnSync } from 'child_process';

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

export interface Probe {
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

export function probe(extension: string, worker: string, core: string, seed: string): Probe {
  const r = spawnSync(process.execPath, ['-e', PROBE, extension, worker, core, seed], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`probe failed: ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').pop() ?? '{}') as Probe;
}
