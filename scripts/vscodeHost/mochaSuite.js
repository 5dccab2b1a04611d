// Runs the unit tests (mocha in plain Node, see .mocharc.json) and reads their counts from the summary
// reporter rather than from mocha's console output. A run that does not finish counts one more failure.
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');
const { root } = require('./paths');

const TIMEOUT_MS = 300_000;

function runUnitTests() {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'article-lens-unit-'));
  const summaryFile = path.join(folder, 'summary.json');
  const mocha = path.join(path.dirname(require.resolve('mocha/package.json')), 'bin', 'mocha.js');
  const reporter = path.join(root, 'scripts', 'summaryReporter.js');
  const result = spawnSync(process.execPath, [mocha, '--reporter', reporter], {
    cwd: root, stdio: 'inherit', timeout: TIMEOUT_MS, killSignal: 'SIGKILL', env: { ...process.env, MOCHA_SUMMARY: summaryFile },
  });
  try {
    const summary = fs.existsSync(summaryFile)
      ? JSON.parse(fs.readFileSync(summaryFile, 'utf8'))
      : { passed: 0, failed: 0, running: null, finished: false };
    const problem = unfinished(result, summary);
    if (problem) console.error(`✘ ${problem}`);
    return { passed: summary.passed, failed: summary.failed + (problem ? 1 : 0) };
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}

/** Why the run cannot be trusted beyond its counts, or null. */
function unfinished(result, summary) {
  const during = summary.running ? `, during "${summary.running}"` : '';
  const timedOut = /** @type {NodeJS.ErrnoException | undefined} */ (result.error)?.code === 'ETIMEDOUT';
  if (timedOut && summary.finished) return `every test ran but mocha did not exit within ${TIMEOUT_MS / 1000} s: something keeps Node alive (a timer, worker or server left open)`;
  if (timedOut) return `mocha did not finish within ${TIMEOUT_MS / 1000} s${during} (a synchronous loop?)`;
  if (!summary.finished) return `mocha stopped (exit ${result.status ?? result.signal}) before the end of the run${during}`;
  if (summary.passed + summary.failed === 0) return 'mocha ran no unit test';
  // A crash after the last test (an unhandled rejection, say) makes mocha exit non-zero.
  if (result.status !== 0 && summary.failed === 0) return `mocha exited ${result.status ?? result.signal} although every test passed`;
  return null;
}

module.exports = { runUnitTests };
