import * as assert from 'assert';
import { speakerAt, speakerSpans, statementAt, statementExtent } from '../../src/core/export/locate';
import { EXCERPT, excerptAnalysis } from './extFixture';

const at = (words: string, delta = 0) => EXCERPT.indexOf(words) + delta;

suite('What is at the cursor', () => {
  const analysis = excerptAnalysis();
  const textAt = (offset: number) => statementAt(analysis, EXCERPT, offset)?.text ?? null;

  test('a direct statement extends over its marks, speaker mention and cue', () => {
    const statement = analysis.statements[0];
    const extent = statementExtent(statement, EXCERPT);
    assert.strictEqual(EXCERPT.slice(extent.start, extent.end), '"The two go hand in hand," Bush said');
  });

  test('the cursor inside the words, on a mark, or on the cue finds the statement', () => {
    assert.strictEqual(textAt(at('hand in hand')), 'The two go hand in hand,');
    assert.strictEqual(textAt(at('"The two')), 'The two go hand in hand,');
    assert.strictEqual(textAt(at('told reporters', 3)), 'We expect to move quickly,');
  });

  test('between statements and in the headline, nothing', () => {
    assert.strictEqual(textAt(at('will travel')), null);
    assert.strictEqual(textAt(0), null);
  });

  test('the innermost statement wins: a quoted fragment inside reported speech', () => {
    assert.strictEqual(textAt(at('unexpected', 2)), 'unexpected,');
    assert.strictEqual(textAt(at('neither country', 3)), 'neither country is ready to discuss details');
  });

  test('a pronoun mention leads to its speaker; their spans list mentions and statements once each', () => {
    const rice = speakerAt(analysis, at('she told'));
    assert.strictEqual(rice?.name, 'Condoleezza Rice');
    const spans = speakerSpans(analysis, rice!).map((s) => EXCERPT.slice(s.start, s.end));
    assert.deepStrictEqual(spans, ['Condoleezza Rice', 'We expect to move quickly,', 'she', 'We clearly want an aggressive schedule.']);
  });

  test('no speaker on plain words', () => {
    assert.strictEqual(speakerAt(analysis, at('Moscow')), null);
  });
});
