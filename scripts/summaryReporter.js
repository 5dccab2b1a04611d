// A mocha reporter that prints like `spec` and keeps the run's counts in $MOCHA_SUMMARY (JSON), updated
// after every test: scripts/test-all.js adds them up without parsing mocha's output, and when mocha is
// stopped (a test stuck in a synchronous loop ignores mocha's own timeout) it still knows what passed
// and which test was running.
const fs = require('fs');
const Mocha = require('mocha');

const { EVENT_RUN_END, EVENT_TEST_BEGIN, EVENT_TEST_PASS, EVENT_TEST_FAIL } = Mocha.Runner.constants;

class SummaryReporter extends Mocha.reporters.Spec {
  /** @param {Mocha.Runner} runner @param {Mocha.MochaOptions} options */
  constructor(runner, options) {
    super(runner, options);
    const file = process.env.MOCHA_SUMMARY;
    const summary = { passed: 0, failed: 0, running: /** @type {string | null} */ (null), finished: false };
    const save = () => { if (file) fs.writeFileSync(file, JSON.stringify(summary) + '\n'); };
    runner.on(EVENT_TEST_BEGIN, (test) => { summary.running = test.fullTitle(); save(); });
    runner.on(EVENT_TEST_PASS, () => { summary.passed += 1; summary.running = null; save(); });
    // Also hooks: a failing "before all" hook counts as a failure, as in mocha's own stats.
    runner.on(EVENT_TEST_FAIL, () => { summary.failed += 1; summary.running = null; save(); });
    runner.once(EVENT_RUN_END, () => { summary.finished = true; save(); });
  }
}

module.exports = SummaryReporter;
