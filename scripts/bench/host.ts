// Host benchmarks: in code-server's real extension host, as the integration tests run it, the median of 20
// for a hover answer and for an edit → refreshed Speakers tree, on a 100 KB and a 1 MB article (the payload
// is test/integration/host.bench.ts). Slow (code-server starts, about a minute): run only when asked,
// `npm run bench -- host`. It needs the build's dist/test/integration/ (npm run bench builds it).
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { HostFigures } from '../../test/integration/host.bench';
import { ROOT, fixed } from './corpus';

/** Runs the bench payload through the integration runner in a child process (it starts code-server). */
function runPayload(out: string): { ok: boolean; output: string } {
  const script = `
    require(${JSON.stringify(path.join(ROOT, 'scripts/vscodeHost/runIntegration.js'))})
      .runIntegration({ env: { INTEGRATION_FILES: 'bench', BENCH_OUT: ${JSON.stringify(out)} }, timeoutMs: 900000 })
      .then((o) => { console.log(JSON.stringify(o)); process.exit(o.failed ? 1 : 0); }, (e) => { console.error(String(e)); process.exit(1); });`;
  const run = spawnSync(process.execPath, ['-e', script], { cwd: ROOT, encoding: 'utf8', timeout: 1_000_000, maxBuffer: 64 * 1024 * 1024 });
  return { ok: run.status === 0, output: `${run.stdout ?? ''}${run.stderr ?? ''}` };
}

export function benchHost(): string[] {
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'article-lens-host-bench-')), 'figures.json');
  const run = runPayload(out);
  if (!run.ok || !fs.existsSync(out)) throw new Error(`the host benchmark did not run:\n${run.output.slice(-3000)}`);
  const figures = JSON.parse(fs.readFileSync(out, 'utf8')) as HostFigures[];
  fs.rmSync(path.dirname(out), { recursive: true, force: true });
  const lines = ['Extension host (code-server), median of 20 after the first analysis (limit raised to 2,000,000 characters):'];
  for (const f of figures) {
    const size = f.size >= 1e6 ? `${fixed(f.size / 1e6, 2)} M` : `${fixed(f.size / 1e3, 0)} K`;
    lines.push(
      `  ${size} characters, ${f.statements} statements (analysed in the ${f.where}): first analysis ${fixed(f.firstAnalysisMs, 0)} ms; ` +
        `hover ${fixed(f.hoverMedianMs, 1)} ms (${fixed(f.hoverFloorMs, 1)} ms on the 4.5 KB seed: VS Code's round trip); ` +
        `edit → refreshed tree ${fixed(f.refreshMedianMs, 0)} ms, ${fixed(f.refreshMedianMs - f.settleMs, 0)} ms after the ${f.settleMs} ms ` +
        `pause for typing to stop; the engine (in the worker, partly during the pause) ${fixed(f.analysisMedianMs, 0)} ms`,
    );
  }
  return lines;
}
