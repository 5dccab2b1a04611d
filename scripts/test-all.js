// `npm test`: build, type-check, unit tests, integration tests in code-server's extension host, the
// packaged .vsix, and the UI check in headless Chromium. Each suite prints its own report and a one-line
// summary; the run ends with exactly one line `N passed, N failed` (summed over the suites) and exits
// non-zero on any failure. A suite that cannot run (crash, timeout, missing build) counts as failed.
// `npm test -- integration ui` runs the build and only the suites named.
const path = require('path');
const { spawnSync } = require('child_process');
const { root } = require('./vscodeHost/paths');

process.chdir(root);
// Ctrl+C or a kill still runs the 'exit' handlers that stop code-server's process groups.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => process.exit(130));

/** Runs a command with its output shown; true when it exits 0 within the time limit. */
function run(command, args, { timeoutMs = 300_000, env = process.env } = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', env, timeout: timeoutMs });
  if (result.error) console.error(`${command} ${args.join(' ')}: ${result.error.message}`);
  else if (result.signal) console.error(`${command} ${args.join(' ')}: stopped by ${result.signal}${result.signal === 'SIGTERM' ? ` (over ${timeoutMs / 1000} s)` : ''}`);
  return result.status === 0;
}

const check = (ok) => ({ passed: ok ? 1 : 0, failed: ok ? 0 : 1 });
const bin = (pkg, file) => path.join(path.dirname(require.resolve(`${pkg}/package.json`)), file);

/** The TypeScript project, then the JavaScript machinery (scripts/, test/e2e/) through its JSDoc types. */
function typeCheck() {
  const tsc = bin('typescript', 'bin/tsc');
  const results = [['.', ['--noEmit', '-p', '.']], ['scripts', ['-p', 'scripts']]].map(([project, args]) => {
    const ok = run(process.execPath, [tsc, ...args]);
    console.log(`  ${ok ? '✔' : '✘'} tsc -p ${project}`);
    return ok;
  });
  return { passed: results.filter(Boolean).length, failed: results.filter((ok) => !ok).length };
}

/** Each suite returns its counts; `needsBuild` suites cannot run without a good build. */
const suites = [
  { name: 'build', run: () => check(run(process.execPath, ['esbuild.js'], { timeoutMs: 120_000 })) },
  { name: 'type-check', run: typeCheck },
  { name: 'unit tests', needsBuild: true, run: () => require('./vscodeHost/mochaSuite').runUnitTests() },
  { name: 'integration tests (code-server)', needsBuild: true, run: () => require('./vscodeHost/runIntegration').runAndReport() },
  { name: 'package (.vsix)', needsBuild: true, run: () => require('./vscodeHost/packageCheck').packageAndCheck() },
  // It needs the .vsix, which the package suite deletes first and remakes: without one it fails, saying so.
  { name: 'UI check (code-server + Chromium)', needsBuild: true, run: () => require('../test/e2e/uiCheck').runAndReport() },
];

function printTable(rows) {
  console.log('\n──────── summary ────────');
  for (const r of rows) {
    const mark = r.failed ? '✘' : '✔';
    console.log(`${mark} ${r.name.padEnd(36)} ${String(r.passed).padStart(4)} ok ${String(r.failed).padStart(3)} not ok  ${(r.ms / 1000).toFixed(1).padStart(6)} s`);
  }
}

/** `npm test -- unit ui` runs the build and the suites whose names start with those words. */
function selectedSuites() {
  const words = process.argv.slice(2).map((w) => w.toLowerCase());
  if (!words.length) return suites;
  const picked = suites.filter((s) => s.name === 'build' || words.some((w) => s.name.toLowerCase().startsWith(w)));
  console.log(`Running only: ${picked.map((s) => s.name).join(', ')}`);
  return picked;
}

async function main() {
  const rows = [];
  const failedNames = new Set();
  for (const suite of selectedSuites()) {
    console.log(`\n════════ ${suite.name} ════════`);
    const started = Date.now();
    let counts;
    if (suite.needsBuild && failedNames.has('build')) {
      console.log('not run: the build failed (counted as 1 failure)');
      counts = { passed: 0, failed: 1 };
    } else {
      try {
        counts = await suite.run();
      } catch (error) {
        console.error(`✘ ${suite.name} could not run: ${error instanceof Error ? error.message : error}`);
        counts = { passed: 0, failed: 1 };
      }
    }
    if (counts.failed > 0) failedNames.add(suite.name);
    rows.push({ name: suite.name, ...counts, ms: Date.now() - started });
    console.log(`[${suite.name}] ${counts.passed} ok, ${counts.failed} not ok in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
  printTable(rows);
  const passed = rows.reduce((sum, r) => sum + r.passed, 0);
  const failed = rows.reduce((sum, r) => sum + r.failed, 0);
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed > 0 ? 1 : 0);
}

main().catch((error) => {
  console.error(error);
  console.log('0 passed, 1 failed');
  process.exit(1);
});
