// Runs the mocha integration suite (dist/test/integration/index.js) inside code-server's real extension
// host: the workbench's smoke-test driver loads the suite from the URL payload and reports the runner's
// exit code through `codeAutomationExit`; the suite writes its results to the file named by $RESULTS.
const fs = require('fs');
const path = require('path');
const { startCodeServer } = require('./codeServer');
const { freshProfile, removeProfile } = require('./profile');
const { launchBrowser } = require('./chromium');
const { root, samples } = require('./paths');

// The whole suite, from page load to its last test (about 40 s here); INTEGRATION_TIMEOUT_S overrides it.
const RUN_TIMEOUT_MS = Number(process.env.INTEGRATION_TIMEOUT_S ?? 150) * 1000;

/**
 * The smoke-test driver's payload: load the extension from the project, run its test entry.
 * @param {number} port
 * @param {string} resultsFile
 * @param {Record<string, string>} env more variables for the extension host (INTEGRATION_FILES=bench: the benchmarks)
 */
function payloadFor(port, resultsFile, env) {
  const remote = (file) => `vscode-remote://127.0.0.1:${port}${file}`;
  return [
    ['extensionDevelopmentPath', remote(root)],
    ['extensionTestsPath', remote(path.join(root, 'dist', 'test', 'integration', 'index.js'))],
    ['extensionEnvironment', JSON.stringify({ ...env, RESULTS: resultsFile })],
  ];
}

function withTimeout(promise, ms, message) {
  let timer;
  const timeout = new Promise((_, reject) => { timer = setTimeout(() => reject(new Error(message)), ms); });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Runs the suite; resolves to the results the suite wrote (with the lines the tests `record`ed), or throws
 * when it could not run. `options.env` goes to the extension host; `options.timeoutMs` bounds the run.
 * @param {{ env?: Record<string, string>, timeoutMs?: number }} [options]
 * @returns {Promise<{ passed: number, failed: number, tests: { title: string, state: string, error?: string }[], measurements?: string[], logs?: string }>}
 */
async function runIntegration(options = {}) {
  const timeoutMs = options.timeoutMs ?? RUN_TIMEOUT_MS;
  const entry = path.join(root, 'dist', 'test', 'integration', 'index.js');
  if (!fs.existsSync(entry)) throw new Error(`${path.relative(root, entry)} is missing: build first (node esbuild.js)`);
  const profile = freshProfile('integration');
  const resultsFile = path.join(profile.dir, 'results.json');
  const log = path.join(profile.dir, 'code-server.log');
  const logs = `${path.relative(root, profile.dir)}/ (code-server.log, browser-console.log, user-data/logs/)`;
  const server = await startCodeServer({ profile, log, extraArgs: ['--vscode-option', 'enable-smoke-test-driver'] });
  let browser;
  let passed = false;
  try {
    browser = await launchBrowser(profile.browser);
    const page = browser.pages()[0] ?? (await browser.newPage());
    const consoleLog = [];
    page.on('console', (message) => consoleLog.push(`[${message.type()}] ${message.text()}`));
    /** @type {(code: number) => void} */
    let onExit = () => undefined;
    const exited = new Promise((resolve) => { onExit = resolve; });
    await page.exposeFunction('codeAutomationExit', (/** @type {number} */ code) => onExit(code));
    const payload = encodeURIComponent(JSON.stringify(payloadFor(server.port, resultsFile, options.env ?? {})));
    await page.goto(`${server.url}/?folder=${encodeURIComponent(samples)}&payload=${payload}`);
    let exitCode = null;
    let stopped = null;
    try {
      exitCode = await withTimeout(Promise.race([exited, server.died]), timeoutMs, `the suite did not finish within ${timeoutMs / 1000} s`);
    } catch (error) {
      stopped = error instanceof Error ? error.message : String(error);
    } finally {
      fs.writeFileSync(path.join(profile.dir, 'browser-console.log'), consoleLog.join('\n') + '\n');
    }
    const outcome = fs.existsSync(resultsFile) ? JSON.parse(fs.readFileSync(resultsFile, 'utf8')) : null;
    // The tests' `record`ed figures, written next to the results: the profile is removed after a good run.
    const measurements = path.join(profile.dir, 'measurements.txt');
    if (outcome && fs.existsSync(measurements)) outcome.measurements = fs.readFileSync(measurements, 'utf8').split('\n').filter(Boolean);
    if (!outcome) throw new Error(stopped ?? `the suite ended (exit ${exitCode}) without writing results: it crashed while loading`);
    const problem = stopped ?? (!outcome.finished ? `the suite stopped (exit ${exitCode}) before the end of the run`
      : exitCode !== 0 && outcome.failed === 0 ? `the suite reported no failure but exited with ${exitCode}` : null);
    if (problem) {
      const during = outcome.running ? `, during "${outcome.running}"` : '';
      outcome.tests.push({ title: 'the integration run', state: 'failed', error: problem + during });
      outcome.failed += 1;
    }
    passed = outcome.failed === 0;
    return passed ? outcome : { ...outcome, logs };
  } catch (error) {
    throw new Error(`${error instanceof Error ? error.message : error}; logs: ${logs}`);
  } finally {
    await browser?.close().catch(() => undefined);
    await server.stop();
    if (passed) removeProfile(profile);
  }
}

/** Prints one line per test (with the error under a failure) and returns the counts. */
function report(outcome) {
  for (const test of outcome.tests) {
    console.log(`  ${test.state === 'passed' ? '✔' : '✘'} ${test.title}`);
    if (test.error) console.log(test.error.split('\n').slice(0, 8).map((line) => `      ${line}`).join('\n'));
  }
  if (outcome.measurements?.length) console.log(`  measured:\n${outcome.measurements.map((line) => `    ${line}`).join('\n')}`);
  if (outcome.logs) console.log(`  logs of this run: ${outcome.logs}`);
  return { passed: outcome.passed, failed: outcome.failed };
}

async function runAndReport() {
  return report(await runIntegration());
}

module.exports = { runIntegration, runAndReport, report };
