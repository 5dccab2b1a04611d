// `npm run bench`: builds --production, then measures the engine, the bundle, the grammar and the batch CLI in one run.
// Sections can be picked: node dist/bench.js engine hostile edit bundle grammar batch host
// `host` (the real extension host in code-server, slow) runs only when named: npm run bench -- host
// Environment: BENCH_COMPROMISE_FULL=1 runs compromise on the whole 3.7 MB (and on every distinct article); BENCH_BATCH_COUNT=N changes the batch size.
import * as os from 'os';
import { benchBatch } from './bench/batch';
import { benchBundle } from './bench/bundle';
import { benchEdit } from './bench/edit';
import { benchEngine } from './bench/engine';
import { benchGrammar } from './bench/grammar';
import { benchHost } from './bench/host';
import { benchHostile } from './bench/hostile';

type Section = () => string[] | Promise<string[]>;

const SECTIONS: Record<string, Section> = { engine: benchEngine, hostile: benchHostile, edit: benchEdit, bundle: benchBundle, grammar: benchGrammar, batch: benchBatch, host: benchHost };
/** The sections run when none is named. */
const DEFAULT_SECTIONS = ['engine', 'hostile', 'edit', 'bundle', 'grammar', 'batch'];

async function main(): Promise<void> {
  const asked = process.argv.slice(2);
  const unknown = asked.filter((s) => !(s in SECTIONS));
  if (unknown.length) throw new Error(`unknown section ${unknown.join(', ')}; choose from ${Object.keys(SECTIONS).join(', ')}`);
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  console.log(`Article Lens benchmarks — Node ${process.version}, ${cpu}, ${os.cpus().length} cores, ${new Date().toISOString().slice(0, 10)}\n`);
  for (const name of asked.length ? asked : DEFAULT_SECTIONS) {
    const started = performance.now();
    try {
      for (const line of await SECTIONS[name]()) console.log(line);
    } catch (e) {
      process.exitCode = 1;
      console.log(`${name}: FAILED ${e instanceof Error ? e.stack : String(e)}`);
    }
    console.log(`  (${name} section: ${((performance.now() - started) / 1000).toFixed(1)} s)\n`);
  }
}

void main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
