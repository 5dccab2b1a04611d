// The shipped bundle: its size, and what loading it and analysing the seed cost in a fresh Node process.
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as zlib from 'zlib';
import { ROOT, fixed, median } from './corpus';

const RUNS = 15;

/** Runs in a fresh process: a stub `vscode` module that answers everything, then timed requires and analyses. */
const PROBE = String.raw`
const Module = require('module');
const [extensionPath, corePath, seedPath] = process.argv.slice(1);
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
const core = require(corePath);
const t2 = performance.now();
const c2 = cpu();
const first = core.analyze(seed);
const t3 = performance.now();
const c3 = cpu();
core.analyze(seed);
const t4 = performance.now();
let activate = null;
try {
  const context = { subscriptions: [], extensionPath: '', extensionUri: stub, globalState: stub, workspaceState: stub, secrets: stub, asAbsolutePath: (p) => p, extension: stub, extensionMode: 1, logUri: stub, storageUri: stub, globalStorageUri: stub, environmentVariableCollection: stub };
  const t = performance.now();
  extension.activate && extension.activate(context);
  activate = performance.now() - t;
} catch (e) { activate = String(e && e.message); }
console.log(JSON.stringify({ load: t1 - t0, coreLoad: t2 - t1, first: t3 - t2, second: t4 - t3, loadCpu: c1 - c0, firstCpu: c3 - c2, statements: first.statements.length, activate }));
process.exit(0);
`;

interface Probe {
  load: number;
  coreLoad: number;
  first: number;
  second: number;
  loadCpu: number;
  firstCpu: number;
  statements: number;
  activate: number | string | null;
}

/** The core alone, minified, so the first analysis can be timed in the fresh process. */
function buildCore(outfile: string): void {
  const esbuild = path.join(ROOT, 'node_modules/.bin/esbuild');
  const r = spawnSync(esbuild, ['src/core/index.ts', '--bundle', '--minify', '--platform=node', '--format=cjs', '--log-level=error', `--outfile=${outfile}`], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`esbuild failed: ${r.stderr}`);
}

function probe(extension: string, core: string, seed: string): Probe {
  const r = spawnSync(process.execPath, ['-e', PROBE, extension, core, seed], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`probe failed: ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').pop() ?? '{}') as Probe;
}

function knowledgeBaseBytes(): number {
  const dir = path.join(ROOT, 'src/core/data');
  if (!fs.existsSync(dir)) return 0;
  return fs.readdirSync(dir, { recursive: true }).map(String).filter((f) => f.endsWith('.json')).reduce((sum, f) => sum + fs.statSync(path.join(dir, f)).size, 0);
}

export function benchBundle(): string[] {
  const extension = path.join(ROOT, 'dist/extension.js');
  const bytes = fs.readFileSync(extension);
  const minified = !bytes.toString('utf8').includes('sourceMappingURL');
  const lines = [
    `Bundle: dist/extension.js ${fixed(bytes.length / 1024)} KB${minified ? ' minified' : ' NOT MINIFIED (run npm run bench, which builds --production)'}, ${fixed(zlib.gzipSync(bytes).length / 1024)} KB gzipped; JSON data in src/core/data ${fixed(knowledgeBaseBytes() / 1024)} KB (target ≤ 250 KB: ${bytes.length <= 250 * 1024 ? 'met' : 'NOT met'})`,
  ];
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'article-lens-bundle-'));
  try {
    const core = path.join(dir, 'core.js');
    buildCore(core);
    const seed = path.join(ROOT, 'test/fixtures/genoa-summit-2001.article');
    const probes = Array.from({ length: RUNS }, () => probe(extension, core, seed));
    const m = (key: 'load' | 'coreLoad' | 'first' | 'second' | 'loadCpu' | 'firstCpu'): string => fixed(median(probes.map((p) => p[key])), 2);
    const activations = probes.map((p) => p.activate).filter((a): a is number => typeof a === 'number');
    const activate = activations.length ? `${fixed(median(activations), 2)} ms with a stub vscode API` : `not measured (${String(probes[0].activate)})`;
    const total = median(probes.map((p) => p.load + p.first));
    lines.push(`  fresh Node process, median of ${RUNS}: require(extension.js) ${m('load')} ms; activate ${activate}`);
    lines.push(`  first analysis of the seed ${m('first')} ms (second ${m('second')} ms, ${probes[0].statements} statements; core bundle ${fixed(fs.statSync(core).size / 1024)} KB loaded in ${m('coreLoad')} ms)`);
    const totalCpu = median(probes.map((p) => p.loadCpu + p.firstCpu));
    lines.push(`  load + first analysis ${fixed(total, 2)} ms (target ≤ 20 ms: ${total <= 20 ? 'met' : 'NOT met'}); main-thread CPU time ${fixed(totalCpu, 2)} ms (require ${m('loadCpu')} + first ${m('firstCpu')})`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return lines;
}
