// The integration suite's entry, in the shape test-electron and VS Code's smoke-test driver expect:
// `run()` runs every dist/test/integration/*.test.js with mocha inside the extension host. The host's
// console does not reach the terminal under code-server, so the results also go to the file named by
// $RESULTS (JSON: passed, failed, each test's title, state and error, the test running and whether the
// run finished), rewritten after every test so that a run stopped by a timeout still tells what it did.
import * as fs from 'fs';
import * as path from 'path';
import Mocha from 'mocha';

interface TestOutcome {
  title: string;
  state: 'passed' | 'failed';
  durationMs?: number;
  error?: string;
}

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 20_000 });
  // INTEGRATION_FILES=bench runs the host benchmarks (*.bench.js, see scripts/bench/host.ts) instead of the tests.
  const suffix = process.env.INTEGRATION_FILES === 'bench' ? '.bench.js' : '.test.js';
  for (const file of fs.readdirSync(__dirname).filter((f) => f.endsWith(suffix)).sort()) {
    mocha.addFile(path.join(__dirname, file));
  }
  const outcomes: TestOutcome[] = [];
  let running: string | null = null;
  const save = (finished: boolean) => saveResults(outcomes, running, finished);
  return new Promise((resolve, reject) => {
    try {
      const runner = mocha.run((failures) => {
        if (outcomes.length === 0) outcomes.push({ title: 'the integration suite', state: 'failed', error: 'no test ran' });
        save(true);
        printResults(outcomes);
        if (failures > 0 || outcomes.some((o) => o.state === 'failed')) reject(new Error(`${failures} integration test(s) failed`));
        else resolve();
      });
      runner.on('test', (test) => { running = test.fullTitle(); save(false); });
      runner.on('pass', (test) => {
        outcomes.push({ title: test.fullTitle(), state: 'passed', durationMs: test.duration });
        running = null;
        save(false);
      });
      // Hooks fail here too ("before all" hook), each counted as a failure like mocha does.
      runner.on('fail', (test, error) => {
        outcomes.push({ title: test.fullTitle(), state: 'failed', error: describe(error) });
        running = null;
        save(false);
      });
    } catch (error) {
      outcomes.push({ title: 'loading the integration suite', state: 'failed', error: describe(error) });
      save(true);
      reject(error);
    }
  });
}

function describe(error: unknown): string {
  if (error instanceof Error) return error.stack ?? `${error.name}: ${error.message}`;
  return String(error);
}

function saveResults(outcomes: readonly TestOutcome[], running: string | null, finished: boolean): void {
  const file = process.env.RESULTS;
  if (!file) return;
  const passed = outcomes.filter((o) => o.state === 'passed').length;
  const results = { passed, failed: outcomes.length - passed, running, finished, tests: outcomes };
  fs.writeFileSync(file, JSON.stringify(results, null, 2) + '\n');
}

/** For test-electron, whose extension host console reaches the terminal. */
function printResults(outcomes: readonly TestOutcome[]): void {
  for (const o of outcomes) console.log(`${o.state === 'passed' ? '✔' : '✘'} ${o.title}${o.error ? `\n    ${o.error}` : ''}`);
  const passed = outcomes.filter((o) => o.state === 'passed').length;
  console.log(`${passed} passing, ${outcomes.length - passed} failing`);
}
