// The integration suite's entry, in the shape test-electron and VS Code's smoke-test driver expect:
// `run()` runs every dist/test/integration/*.test.js with mocha inside the extension host. The host's
// console does not reach the terminal under code-server, so the results also go to the file named by
// $RESULTS (JSON: passed, failed and each test's title, state and error message).
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
  for (const file of fs.readdirSync(__dirname).filter((f) => f.endsWith('.test.js')).sort()) {
    mocha.addFile(path.join(__dirname, file));
  }
  const outcomes: TestOutcome[] = [];
  return new Promise((resolve, reject) => {
    try {
      const runner = mocha.run((failures) => {
        if (outcomes.length === 0) outcomes.push({ title: 'the integration suite', state: 'failed', error: 'no test ran' });
        writeResults(outcomes);
        if (failures > 0 || outcomes.some((o) => o.state === 'failed')) reject(new Error(`${failures} integration test(s) failed`));
        else resolve();
      });
      runner.on('pass', (test) => outcomes.push({ title: test.fullTitle(), state: 'passed', durationMs: test.duration }));
      // Hooks fail here too ("before all" hook), each counted as a failure like mocha does.
      runner.on('fail', (test, error) => outcomes.push({ title: test.fullTitle(), state: 'failed', error: describe(error) }));
    } catch (error) {
      outcomes.push({ title: 'loading the integration suite', state: 'failed', error: describe(error) });
      writeResults(outcomes);
      reject(error);
    }
  });
}

function describe(error: unknown): string {
  if (error instanceof Error) return error.stack ?? `${error.name}: ${error.message}`;
  return String(error);
}

function writeResults(outcomes: readonly TestOutcome[]): void {
  const file = process.env.RESULTS;
  const passed = outcomes.filter((o) => o.state === 'passed').length;
  const failed = outcomes.length - passed;
  for (const o of outcomes) console.log(`${o.state === 'passed' ? '✔' : '✘'} ${o.title}${o.error ? `\n    ${o.error}` : ''}`);
  console.log(`${passed} passing, ${failed} failing`);
  if (file) fs.writeFileSync(file, JSON.stringify({ passed, failed, tests: outcomes }, null, 2) + '\n');
}
