// Host benchmarks: in code-server's real extension host, as the integration tests run it, the median of 20
// for a hover answer and for an edit → refreshed Speakers tree, on a 100 KB and a 1 MB article (the payload
// is test/integration/host.bench.ts). Slow (code-server starts, about a minute): run only when asked,
// `npm run bench -- host`. It needs the build's dist/test/integration/ (npm run bench builds it).
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { BenchOutput } from '../../test/integration/host.bench';
import type { Lag } from '../../test/integration/benchSupport';
import { ROOT, fixed } from './corpus';

/** Runs the bench payload through the integration runner in a child process (it starts code-server). */
function runPayload(out: string): { ok: boolean; output: string } {
  const script = `
    require(${JSON.stringify(path.join(ROOT, 'scripts/vscodeHost/runIntegration.js'))})
      .runIntegration({ env: { INTEGRATION_FILES: 'bench', BENCH_OUT: ${JSON.stringify(out)}, BENCH_HOST_ONLY: ${JSON.stringify(process.env.BENCH_HOST_ONLY ?? '')} }, timeoutMs: 1500000 })
      .then((o) => { console.log(JSON.stringify(o)); process.exit(o.failed ? 1 : 0); }, (e) => { console.error(String(e)); process.exit(1); });`;
  const run = spawnSync(process.execPath, ['-e', script], { cwd: ROOT, encoding: 'utf8', timeout: 1_600_000, maxBuffer: 64 * 1024 * 1024 });
  return { ok: run.status === 0, output: `${run.stdout ?? ''}${run.stderr ?? ''}` };
}

export function benchHost(): string[] {
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'article-lens-host-bench-')), 'figures.json');
  const run = runPayload(out);
  if (!run.ok || !fs.existsSync(out)) throw new Error(`the host benchmark did not run:\n${run.output.slice(-3000)}`);
  const figures = JSON.parse(fs.readFileSync(out, 'utf8')) as BenchOutput;
  fs.rmSync(path.dirname(out), { recursive: true, force: true });
  const ms = (n: number, digits = 0) => `${fixed(n, digits)} ms`;
  const lines = ['Extension host (code-server), median of 20 after the first analysis (limit raised to 2,000,000 characters):'];
  for (const f of figures.sizes) {
    const size = f.size >= 1e6 ? `${fixed(f.size / 1e6, 2)} M` : `${fixed(f.size / 1e3, 0)} K`;
    const r = f.refresh;
    lines.push(
      `  ${size} characters, ${f.statements} statements (analysed in the ${f.where}), first analysis ${ms(f.firstAnalysisMs)}`,
      `    hover: our provider ${ms(f.hover.providerMs, 2)}; round trip ${ms(f.hover.roundTripMs, 1)}; a trivial peer provider on the same text as plain text ${ms(f.hover.peerMs, 1)} (VS Code's floor); on the 4.5 KB seed ${ms(f.hover.seedMs, 1)}`,
      `    isolated edit → refreshed tree ${ms(r.totalMs)} = pause ${ms(r.waitMs)} + getText ${ms(r.textMs, 1)} + to the worker ${ms(r.toWorkerMs, 1)} + ` +
        `engine ${ms(r.engineMs)} + packing it there ${ms(r.packMs, 1)} + copy back ${ms(r.copyBackMs, 1)} + storing ${ms(r.storeMs, 1)} + to the refresh event ${ms(r.toRefreshMs, 1)} + new roots ${ms(r.treeMs, 1)} ` +
        `(decoding the analysis's parts read ${ms(r.decodeMs, 1)}, the tree's nodes ${ms(r.snapshotMs, 1)}); ` +
        `then VS Code asks for ${fixed(r.items, 0)} items (${ms(r.itemsMs, 1)} of ours)`,
      `    typing (6 edits ~100 ms apart): last edit → refreshed tree ${ms(f.typing.totalMs)}, ${fixed(f.typing.analyses, 0)} analyses per burst`,
    );
  }
  const huge = figures.huge;
  if (huge) {
    const phases = (l: Lag) => Object.entries(l.byPhase).map(([phase, longest]) => `${phase} ${longest}`).join(', ');
    const lag = (l: Lag) => `longest pause ${ms(l.longestMs)} (${phases(l)}), ${l.over50} over 50 ms, ${ms(l.blockedMs)} blocked in all`;
    lines.push(
      `  20 MB article opened, analysed (first 200,000 characters), 3 edits refreshed, rounds alternating with the same steps on plain text (VS Code alone):`,
      ...huge.article.map((a, i) => `    round ${i + 1}: article ${lag(a)}; plain text ${lag(huge.plain[i])}`),
    );
    const p = huge.profile;
    if (p) lines.push(`    CPU profile of the host thread (another run${huge.profiledLag ? `, ${lag(huge.profiledLag)}` : ''}): ours ${ms(p.extensionMs)}, VS Code and other extensions ${ms(p.otherMs)}, garbage collection ${ms(p.gcMs)}`);
    if (p) lines.push(`    ours by function: ${p.top.map((t) => `${t.name} ${t.ms}`).join(', ')}`, `    others by function: ${p.topOther.map((t) => `${t.name} ${t.ms}`).join(', ')}`);
  }
  return lines;
}
