// Quotations (tenth session, from reading US political news of three more publishers): a programme's quoted
// name as the hearer of "told", a scare quote after "so-called" broken by a line-end hyphen, the capitalised
// cue of a Title Case headline, a pull quote with its attribution line inside the marks, a quoted predicate word,
// a list of quoted words after a verb that only looks like a naming word ("known to be").
// Every sentence is written for the test.
import * as assert from 'assert';
import { analyze } from '../../src/core';
import { analyzeBody, found } from './engineFound';

const body = (text: string) => found(analyzeBody(text));

suite('engine: quotations (tenth session, quotes3)', () => {
  test('a programme quoted straight after "told" is its hearer, and the quotation before keeps the cue', () => {
    const got = body('Senator Ann Ruiz spoke in Dayton on Sunday.\n\n"We will win this state," Ruiz told "Good Morning America" after the debate.');
    assert.deepStrictEqual(got, [['direct', 'We will win this state,', 'Ann Ruiz']]);
  });

  test('the content after a quoted programme told to starts after it', () => {
    const got = body('Senator Ann Ruiz spoke in Dayton on Sunday.\n\nRuiz told "Fox News Sunday" that the plan was dead.\n\nShe told "This Week" she would run again.');
    assert.deepStrictEqual(got, [
      ['indirect', 'the plan was dead', 'Ann Ruiz'],
      ['indirect', 'she would run again', 'Ann Ruiz'],
    ]);
  });

  test('words told after a colon or a comma are still the source\'s', () => {
    const got = body('Senator Ann Ruiz spoke in Dayton on Sunday.\n\nRuiz told the crowd: "Stand With Us."');
    assert.deepStrictEqual(got, [['direct', 'Stand With Us.', 'Ann Ruiz']]);
  });

  test('a quotation after "so- called" (a line-end hyphen left a space) is a term, not the speaker\'s words', () => {
    const got = body('The embassy said the so- called "special partnership" with Rome had served both nations well.');
    assert.deepStrictEqual(got.map((f) => f[0]), ['indirect']);
  });

  test('a Title Case headline\'s capitalised cue attributes its quotation, to the source before the first cue', () => {
    const got = found(analyze('Mayor Ann Ruiz Says Budget Is Fine, Calls Council Plan \u2018Reckless.\u2019\n\nDAYTON \u2014 Mayor Ann Ruiz said on Monday that the budget was fine.\n'));
    assert.deepStrictEqual(got.filter((f) => f[0] === 'mixed'), [['mixed', 'Reckless.', 'Ann Ruiz']]);
  });

  test('a capitalised cue word inside a sentence-case headline is still no cue', () => {
    const got = found(analyze('Senate Reports Committee meets in Dayton \u2018soon\u2019\n\nDAYTON \u2014 Mayor Ann Ruiz said on Monday that the budget was fine.\n'));
    assert.deepStrictEqual(got.filter((f) => f[0] === 'mixed'), []);
  });

  test('a pull quote whose marks hold its attribution line gives the words to the name on that line', () => {
    const got = body('Senator Holt spoke in Dayton on Monday.\n\n"If the mayor loses the city, that could create real problems for the whole party here.\nOhio Sen. Ann Holt."\n\nThe race is tight.\n\n"If the mayor loses the city, that could create real problems for the whole party here," said Ann Holt, a Democratic senator from Ohio.');
    assert.deepStrictEqual(got, [
      ['direct', 'If the mayor loses the city, that could create real problems for the whole party here.', 'Ann Holt'],
      ['direct', 'If the mayor loses the city, that could create real problems for the whole party here,', 'Ann Holt'],
    ]);
  });

  test('a quotation whose last line opens with a name but is not repeated is not cut', () => {
    const got = body('Senator Ann Holt spoke in Dayton on Monday.\n\n"We came to win this city and we will.\nOhio Sen. Ann Holt," she said.');
    assert.deepStrictEqual(got.map((f) => f[1]), ['We came to win this city and we will.\nOhio Sen. Ann Holt,']);
  });

  test('one capitalised quoted word after a copula in reported speech is a fragment of the source\'s words', () => {
    const got = body('Ruiz said the judge can\u2019t be fair because she is \u201cCanadian,\u201d given the plan to build a fence.');
    assert.deepStrictEqual(got, [['mixed', 'Canadian,', 'Ruiz']]);
  });

  test('a second quoted word joined by "and" is a name only when the first follows a naming word', () => {
    const got = body('Ruiz tells the crowd she has been known to be \u201cblunt\u201d and \u201ctough\u201d in her home state.\n\nRuiz said the twins, nicknamed \u201cthe Bull\u201d and \u201cthe Rock,\u201d would play.\n\nRuiz said the herb (also known as "red leaf" or "white eyed") was rare.');
    assert.deepStrictEqual(got.map((f) => [f[0], f[1]]), [
      ['mixed', 'blunt'],
      ['mixed', 'tough'],
      ['indirect', 'the twins, nicknamed \u201cthe Bull\u201d and \u201cthe Rock,\u201d would play'],
      ['indirect', 'the herb (also known as "red leaf" or "white eyed") was rare'],
    ]);
  });
});
