// Statements come in reading order (the invariant), headline echoes included: fast-check found a headline
// whose own "according to" report came after the headline quotations the body quotes again (seed 1512045729).
import * as assert from 'assert';
import { analyze } from '../../src/core';

suite('statement order', () => {
  test('a headline report and the headline quotations the body echoes are in reading order', () => {
    const text = 'According to Bush, the. “the,” Bush said, “the.”\n\n“the,” Bush said, “the.”';
    const starts = analyze(text).statements.map((s) => s.start);
    assert.ok(starts.length >= 3, `statements: ${starts}`);
    assert.deepStrictEqual(starts, [...starts].sort((a, b) => a - b));
  });
});
