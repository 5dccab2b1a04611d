// A mocha reporter that prints like `spec` and also writes the run's counts to $MOCHA_SUMMARY (JSON),
// so scripts/test-all.js can add them up without parsing mocha's console output.
const fs = require('fs');
const Mocha = require('mocha');

const { EVENT_RUN_END } = Mocha.Runner.constants;

class SummaryReporter extends Mocha.reporters.Spec {
  /** @param {Mocha.Runner} runner @param {Mocha.MochaOptions} options */
  constructor(runner, options) {
    super(runner, options);
    runner.once(EVENT_RUN_END, () => {
      const file = process.env.MOCHA_SUMMARY;
      const stats = runner.stats ?? { passes: 0, failures: 0, pending: 0 };
      if (file) fs.writeFileSync(file, JSON.stringify({ passed: stats.passes, failed: stats.failures, pending: stats.pending }) + '\n');
    });
  }
}

module.exports = SummaryReporter;
