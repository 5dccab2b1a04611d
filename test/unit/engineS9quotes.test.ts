// Quotations found and attributed (ninth session, from reading US political news): a quotation running over
// several paragraphs after a sentence that introduces it with no speech verb, and markup attribute values in
// quotation marks. Every sentence is written for the test.
import * as assert from 'assert';
import { analyze } from '../../src/core';
import { analyzeBody, found } from './engineFound';

const body = (text: string) => found(analyzeBody(text));
/** An article with its own headline line. */
const article = (headline: string, text: string) => found(analyze(`${headline}\n\n${text}\n`));

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

  test('a headline quotation after "Name:" is that person\'s, when the body names the person', () => {
    const body = 'Mayor Jane Holt spoke in Riverton on Monday. She said the council had "no plan at all" for the bridge.';
    assert.deepStrictEqual(article('Holt: \'We Will Not Back Down\' on the Bridge', body)[0], ['direct', 'We Will Not Back Down', 'Jane Holt']);
    // Two people share the surname: the whole name before the colon picks one.
    const two = 'Ann Holt and her husband Tom Holt spoke on Monday. Ann Holt said he was "ready". Tom Holt said the council had "no plan".';
    assert.deepStrictEqual(article('Ann Holt: Tom \'Better Suited to Lead the Town\'', two)[0], ['direct', 'Better Suited to Lead the Town', 'Ann Holt']);
    // "Ann Holt:" is not the only Holt who speaks in the body, Tom.
    const his = 'Ann Holt and her husband Tom Holt spoke on Monday. Tom Holt said the council had "no plan".';
    assert.deepStrictEqual(article('Ann Holt: Tom \'Better Suited to Lead the Town\'', his).map((f) => f[1]), ['no plan']);
    // A topic kicker names no speaker of the body.
    assert.deepStrictEqual(article('Bridge: \'Last Chance\' for the Old Crossing', body).map((f) => f[1]), ['no plan at all']);
  });

  test('a long Title Case first line closed with a stop is still the headline', () => {
    const got = article('Holt: \'No Deal\' If the Council Will Not Pay for a New Bridge Over the River.', 'Mayor Jane Holt spoke in Riverton on Monday. She said the council had "no plan at all" for the bridge.');
    assert.deepStrictEqual(got[0], ['mixed', 'No Deal', 'Jane Holt']);
  });

  test('a long apposition between the source after a quotation and its cue', () => {
    const got = body('"We will win this state," Holt, the party candidate for governor and its leader in the state senate since the election of two thousand and ten, said on Monday.');
    assert.deepStrictEqual(got, [['direct', 'We will win this state,', 'Holt']]);
  });

  test('a quotation right after its cue is that cue\'s, though a source and cue follow it', () => {
    assert.deepStrictEqual(body('When a man in the crowd shouted, "Cruz," Beck joked, "Amen, brother!"').map((f) => f[2]), ['a man in the crowd', 'Beck']);
    assert.deepStrictEqual(body('In a clip that Judge Mary Stone called "distasteful," Lee expressed a wish to "try her in court."')[0], ['mixed', 'distasteful,', 'Mary Stone']);
    // A leading participle's subject comes after the quotation.
    assert.deepStrictEqual(body('Mayor Jane Holt spoke on Monday. Saying "she had no choice at all," she told the council she would resign.')[0].slice(1), ['she had no choice at all,', 'Jane Holt']);
  });

  test('a quoted predicate after a title noun is the source\'s words, not a title', () => {
    assert.deepStrictEqual(body('Holt said the report "was not good."'), [['mixed', 'was not good.', 'Holt']]);
    assert.deepStrictEqual(body('Holt said the report “wasn’t good.”'), [['mixed', 'wasn’t good.', 'Holt']]);
    // A capitalised title after the noun stays a title.
    assert.deepStrictEqual(body('Holt read the report "Was It Worth It?" to the council.'), []);
  });

  test('a Title Case name after a work\'s noun and comma, or after a possessive, is a title', () => {
    const prior = 'Mayor Eric Stone said the town was "very safe" now.\n\n';
    assert.deepStrictEqual(body(prior + 'The movie, "Ten Hours: The Secret Soldiers of the Town," is based on a book by Holt.').map((f) => f[1]), ['very safe']);
    assert.deepStrictEqual(body(prior + 'Sunday on the Fox channel’s “Sunday Morning Report,” Rep. Jane Holt said the town was safe.').map((f) => f[1]), ['very safe', 'the town was safe']);
  });
});
