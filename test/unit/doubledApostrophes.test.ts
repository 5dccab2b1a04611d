// Two apostrophes as a double quotation mark: the plain text of news archives writes
// ''Words,'' Mr. Holt said. instead of "Words," or “Words”. The pair is one mark, so every rule that reads a
// closing mark before its cue reads it too. Every sentence is written for the test.
import * as assert from 'assert';
import { analyze } from '../../src/core';
import { analyzeBody, found } from './engineFound';

const body = (text: string) => found(analyzeBody(text));

suite('quotations marked with two apostrophes', () => {
  test('a quotation, its cue after the closing pair and the reported clause after it', () => {
    const got = body("The mayor spoke to the council on Monday.\n\n''The budget is balanced,'' Mr. Holt said Thursday night, suggesting that the council would approve it.");
    assert.deepStrictEqual(got, [
      ['direct', 'The budget is balanced,', 'Holt'],
      ['indirect', 'the council would approve it', 'Holt'],
    ]);
  });

  test('a postposed cue, a pronoun cue and a quoted fragment read as with straight marks', () => {
    const text = "The council met on Monday.\n\n''We will not accept this,'' said Ann Ruiz, the council leader.\n\n''The deficit is going to come down,'' she added.\n\nMs. Ruiz called the plan ''reckless'' and said she would vote against it.";
    assert.deepStrictEqual(body(text), body(text.replace(/''/g, '"')));
    assert.deepStrictEqual(body(text)[0], ['direct', 'We will not accept this,', 'Ann Ruiz']);
  });

  test('offsets cover the words between the pairs, as VS Code counts them', () => {
    const text = "Headline\n\n''Stop the plan now,'' Ann Ruiz said.\n";
    const s = analyze(text).statements[0];
    assert.strictEqual(text.slice(s.start, s.end), 'Stop the plan now,');
    assert.strictEqual(analyze(text).quotes.length, 1);
  });

  test('apostrophes apart are still apostrophes and single marks', () => {
    const a = analyzeBody("Ann Ruiz said the players' union backed the 'fair deal' plan.");
    assert.deepStrictEqual(a.quotes.map((q) => q.text), ['fair deal']);
  });
});
