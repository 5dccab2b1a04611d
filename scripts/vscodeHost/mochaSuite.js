// Runs the unit tests (mocha in plain Node, see .mocharc.json) and reads their counts from the summary
// reporter rather than from mocha's console output.
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');
const { root } = require('./paths');

function runUnitTests() {
  const summary = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'article-lens-unit-')), 'summary.json');
  const mocha = path.join(path.dirname(require.resolve('mocha/package.json')), 'bin', 'mocha.js');
  const reporter = path.join(root, 'scripts', 'summaryReporter.js');
  const result = spawnSync(process.execPath, [mocha, '--reporter', reporter], {
    cwd: root, stdio: 'inherit', timeout: 600_000, env: { ...process.env, MOCHA_SUMMARY: summary },
  });
  try {
    if (!fs.existsSync(summary)) {
      console.error(`mocha ended (exit ${result.status ?? result.signal}) before finishing the run`);
      return { passed: 0, failed: 1 };
    }
    const { passed, failed } = JSON.parse(fs.readFileSync(summary, 'utf8'));
    if (passed + failed === 0) {
      console.error('mocha ran no unit test');
      return { passed: 0, failed: 1 };
    }
    // A crash after the last test (an unhandled rejection, say) makes mocha exit non-zero: count it.
    const crashed = result.status !== 0 && failed === 0;
    if (crashed) console.error(`mocha exited ${result.status ?? result.signal} although every test passed`);
    return { passed, failed: failed + (crashed ? 1 : 0) };
  } finally {
    fs.rmSync(path.dirname(summary), { recursive: true, force: true });
  }
}

module.exports = { runUnitTests };
