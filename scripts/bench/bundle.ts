// The shipped bundles: their sizes, and what loading the extension, starting its analysis worker cold and getting
// the seed's first analysis through it cost in a fresh Node process (the extension host never runs the engine).
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as zlib from 'zlib';
import { ROOT, fixed, median } from './corpus';
import { probe, type Probe } from './bundleProbe';

const RUNS = 15;

type Figure = Exclude<keyof Probe, 'activate'>;

/** The core alone, minified, so the engine's own cold cost can be timed in the fresh process. */
function buildCore(outfile: string): void {
  const esbuild = path.join(ROOT, 'node_modules/.bin/esbuild');
  const r = spawnSync(esbuild, ['src/core/index.ts', '--bundle', '--minify', '--platform=node', '--format=cjs', '--log-level=error', `--outfile=${outfile}`], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`esbuild failed: ${r.stderr}`);
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
