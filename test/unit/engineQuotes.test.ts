// Quotation finding: every mark style, apostrophes, nesting, split and unclosed quotations, quotations
// running over paragraphs, and the roles of quotations that are not statements.
import * as assert from 'assert';
import { analyze } from '../../src/core';

const body = (text: string) => `Headline\n\n${text}`;
const quotesOf = (text: string) => analyze(body(text)).quotes.map((q) => [q.text, q.role, q.close !== null] as const);

suite('engine: quotations', () => {
  const styles: Array<[string, string, string]> = [
    ['straight double', '"We will win," Bush said.', 'We will win,'],
    ['curly double', '“We will win,” Bush said.', 'We will win,'],
    ['guillemets', '«We will win», Bush said.', 'We will win'],
    ['low-high German', '„We will win“, Bush said.', 'We will win'],
    ['curly single (British)', '‘We will win,’ Bush said.', 'We will win,'],
    ['straight single (British)', "'We will win,' Bush said.", 'We will win,'],
    ['a wrong glyph in closing position', '"We will win the vote.“ Bush said.', 'We will win the vote.'],
  ];
  for (const [name, text, words] of styles) {
    test(`mark style: ${name}`, () => assert.deepStrictEqual(quotesOf(text)[0], [words, 'statement', true]));
  }

  test('apostrophes never open quotations', () => {
    for (const text of ["Bush's aides don't know.", "The players' union met in the '90s.", 'Rock ’n’ roll isn’t dead.', "Rock 'n' roll."]) {
      assert.deepStrictEqual(quotesOf(text), [], text);
    }
  });

  test('single marks nest inside double ones as terms', () => {
    assert.deepStrictEqual(quotesOf(`"These 'events' happen," he said.`), [['These \'events\' happen,', 'statement', true], ['events', 'term', true]]);
    assert.deepStrictEqual(quotesOf('“A ‘small’ war,” he said.').map((q) => q[1]), ['statement', 'term']);
  });

  test('a quotation split by its attribution is two statements with one speaker', () => {
    const a = analyze(body('"We agree," Bush said, "and we will work hard."'));
    assert.deepStrictEqual(a.statements.map((s) => [s.text, s.kind]), [['We agree,', 'direct'], ['and we will work hard.', 'direct']]);
    assert.strictEqual(a.statements[0].speakerId, a.statements[1].speakerId);
  });

  test('an unclosed quotation is kept open to the paragraph end and reported', () => {
    const a = analyze(body('Bush said "we will win the vote.\n\nAnother paragraph.'));
    assert.deepStrictEqual(a.quotes.map((q) => [q.text, q.close]), [['we will win the vote.', null]]);
    assert.ok(a.problems.some((p) => p.code === 'unclosed-quote'));
  });

  test('a quotation continued by the next paragraph opening with a mark is not unclosed', () => {
    const a = analyze(body('Smith said: "The first part.\n\n"The second part."\n\nEnd.'));
    assert.deepStrictEqual(a.quotes.map((q) => q.text), ['The first part.', 'The second part.']);
    assert.ok(!a.problems.some((p) => p.code === 'unclosed-quote'));
    assert.strictEqual(a.statements.length, 2);
    assert.strictEqual(a.statements[0].speakerId, a.statements[1].speakerId);
  });

  test('a quotation whose closing mark is in the next paragraph runs over the break', () => {
    const a = analyze(body('He said, "I think we learned a lot.\n\nIt was emotional." Then he left.'));
    assert.deepStrictEqual(a.quotes.map((q) => q.text), ['I think we learned a lot.\n\nIt was emotional.']);
  });

  test('roles: headline, title, term, nickname, scare quotes', () => {
    const a = analyze("North Korea puts military in 'quasi-state of war'\n\nA user labelled \"Anonymous\" posted on the website \"Insurgency Wiki\". Earvin \"Magic\" Johnson played. The \"reform\" failed.");
    assert.deepStrictEqual(a.quotes.map((q) => [q.text, q.role]), [
      ['quasi-state of war', 'headline'], ['Anonymous', 'term'], ['Insurgency Wiki', 'title'], ['Magic', 'nickname'], ['reform', 'scare'],
    ]);
    assert.strictEqual(a.statements.length, 0);
  });

  test('a quoted fragment in reported speech is a mixed statement', () => {
    const a = analyze(body('Putin said the announcement was "unexpected," and cautioned that talks would be slow.'));
    assert.deepStrictEqual(a.statements.map((s) => [s.kind, s.text]), [['mixed', 'unexpected,'], ['indirect', 'talks would be slow']]);
  });

  test('a misplaced opening mark is recovered from the closing mark that follows it', () => {
    const a = analyze(body('Burrows also said kits would be ready for schools," For example, schools can run their own votes". People came.'));
    assert.deepStrictEqual(a.quotes.map((q) => q.text), ['For example, schools can run their own votes']);
    assert.deepStrictEqual(a.statements.map((s) => s.kind), ['indirect', 'direct']);
  });

  test('a pull quote that lost its marks, repeated from the body, is attributed to the name after it', () => {
    const a = analyze(body('"This was a very difficult decision for all of us," said Bolden.\n\nThis was a very difficult decision for all of us. Charles Bolden, NASA Administrator\n\nThe end.'));
    assert.strictEqual(a.statements.length, 2);
    assert.strictEqual(a.statements[1].text, 'This was a very difficult decision for all of us.');
    assert.strictEqual(a.statements[1].speakerId, a.statements[0].speakerId);
  });

  test('quotations in a reference list are titles of cited works', () => {
    const a = analyze(body('Smith said the plan failed.\n\nSources\n\n"Plan fails, say officials" — The Daily, August 15, 2008'));
    assert.deepStrictEqual(a.quotes.map((q) => q.role), ['title']);
    assert.strictEqual(a.statements.length, 1);
  });

  test('a block quotation after a colon takes the cue before it', () => {
    const a = analyze(body('President Obama tweeted using his account:\n\n"Cool clock, Ahmed. Want to bring it to the White House?"'));
    assert.strictEqual(a.statements.length, 1);
    assert.strictEqual(a.statements[0].cue?.text, 'tweeted');
    assert.strictEqual(a.speakers[0].name, 'Obama');
  });
});
