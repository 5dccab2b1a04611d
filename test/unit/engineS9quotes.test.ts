// Quotations found and attributed (ninth session, from reading US political news): a quotation running over
// several paragraphs after a sentence that introduces it with no speech verb, and markup attribute values in
// quotation marks. Every sentence is written for the test.
import * as assert from 'assert';
import { analyzeBody, found } from './engineFound';

const body = (text: string) => found(analyzeBody(text));

suite('engine: quotations (ninth session)', () => {
  test('a quotation left open over paragraphs continues the subject of the sentence that introduces it', () => {
    const got = body('Mayor Jane Holt of Riverton has backed the new school plan.\n\nShe then listed the steps the town must take next year:\n\n"First we need to find the money.\n\n"Then we need to hire the teachers.\n\n"Can we do it in time?"\n\nHolt spoke for an hour.');
    assert.deepStrictEqual(got, [
      ['direct', 'First we need to find the money.', 'Jane Holt'],
      ['direct', 'Then we need to hire the teachers.', 'Jane Holt'],
      ['direct', 'Can we do it in time?', 'Jane Holt'],
    ]);
  });

  test('a quoted markup attribute value is no quotation', () => {
    const got = body('<post id="12345678" author="@jdoe" date="2015-12-02">Police: the man ran</post>.\n\n"We are safe now," said Holt.');
    assert.deepStrictEqual(got, [['direct', 'We are safe now,', 'Holt']]);
  });
});
