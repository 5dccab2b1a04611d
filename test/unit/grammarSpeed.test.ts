/**
 * No catastrophic backtracking: on each adversarial run (quotes, apostrophes, digits and commas, capitalised
 * words, cue words), tokenizing a line just under the long-line limit (LONG_LINE - 1 characters: longer lines
 * stay plain) takes about 4 times as long as a quarter of it, not 16 times (quadratic) or worse. CPU time, best
 * of 3, so that a busy machine does not make the test flaky. The absolute times are reported by `npm run bench`
 * (scripts/bench/grammar.ts) and bounded in grammarLines.test.ts.
 */
import * as assert from 'assert';
import { INITIAL, type IGrammar } from 'vscode-textmate';
import { ADVERSARIAL_UNITS } from '../fixtures/grammar/adversarial';
import { loadArticleGrammar } from './grammarTokenizer';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { LONG_LINE } = require('../../scripts/buildGrammar.js') as { LONG_LINE: number };
const LONG = LONG_LINE - 1;
const SHORT = Math.round(LONG / 4);

function cpuMsToTokenize(grammar: IGrammar, line: string): number {
  const headed = grammar.tokenizeLine('Headline', INITIAL).ruleStack;
  let best = Infinity;
  for (let round = 0; round < 3; round++) {
    const start = process.cpuUsage();
    grammar.tokenizeLine(line, headed);
    const used = process.cpuUsage(start);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return best;
}

const runOf = (unit: string, length: number): string => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);

suite('Article grammar: speed on adversarial lines', function () {
  this.timeout(120_000);
  let grammar: IGrammar;
  suiteSetup(async () => {
    grammar = await loadArticleGrammar();
    cpuMsToTokenize(grammar, runOf('"a," said Bush 1,500 ', SHORT)); // warm up the JIT
  });

  for (const unit of ADVERSARIAL_UNITS) {
    test(`grows linearly: ${JSON.stringify(unit.slice(0, 40))}`, () => {
      const short = cpuMsToTokenize(grammar, runOf(unit, SHORT));
      const long = cpuMsToTokenize(grammar, runOf(unit, LONG));
      assert.ok(long < 1_000, `${LONG} characters took ${long.toFixed(0)} ms`);
      // Linear growth gives 4; a quadratic pattern gives 16. Below 1 ms the clock is too coarse to compare.
      assert.ok(long < 1 || long / Math.max(short, 0.25) < 9, `${SHORT} chars: ${short.toFixed(1)} ms, ${LONG} chars: ${long.toFixed(1)} ms`);
    });
  }
});
