// Who speaks across sentences and paragraphs, from a battery of probe articles written for the test (pronoun
// chains, later mentions by description or first name, organisations and pairs; none is taken from the
// annotated articles).
import * as assert from 'assert';
import { found, analyzeBody, speakerOf } from './engineFound';

suite('engine: probes of speakers across sentences', () => {
  test('"the firm", "the club" refer back to a company named without its kind being known', () => {
    assert.strictEqual(speakerOf('Orbit Labs cut 50 jobs on Monday. The firm said demand had collapsed.', 'demand had collapsed'), 'Orbit Labs');
    assert.strictEqual(speakerOf('Harlow United sacked its coach on Sunday. The club said results had been poor.', 'results had been poor'), 'Harlow United');
  });

  test('a business description never takes a person, and teaches that its antecedent is no "he"', () => {
    const person = 'Tomas Berg said the team needed a new coach. The team said it would not comment.';
    assert.notStrictEqual(speakerOf(person, 'would not comment'), 'Tomas Berg');
    const text = 'Tomas Berg founded Orbit Labs in 2010.\n\nThe company now employs 400 people. He said it would hire 100 more.';
    assert.strictEqual(speakerOf(text, 'hire 100 more'), 'Tomas Berg');
  });

  test('"The company" after "a spokesman for X" is X', () => {
    const text = 'A spokesman for Greenfield Bank said the outage was over. The bank said customers would be compensated.';
    assert.strictEqual(speakerOf(text, 'customers would be compensated'), 'Greenfield Bank');
    const pronoun = 'A spokesman for Greenfield Bank said the outage was over. He said customers would be compensated.';
    assert.strictEqual(speakerOf(pronoun, 'customers would be compensated'), 'A spokesman for Greenfield Bank');
  });

  test('"X and Y both said" is a cue of the pair; "both" after the cue is left alone', () => {
    const pair = found(analyzeBody('Ana Ruiz and Carl Dunn both said the talks had failed.'));
    assert.deepStrictEqual(pair.map((f) => f[1]), ['the talks had failed']);
    assert.ok((pair[0][2] ?? '').includes('Ana Ruiz') && (pair[0][2] ?? '').includes('Carl Dunn'));
    assert.strictEqual(speakerOf('Officials said both sides were close to a deal.', 'both sides were close'), 'Officials');
  });

  test('"they" after two people joined by "and" is the pair; a plural group before it still comes first', () => {
    const pair = speakerOf('Ana Ruiz and Carl Dunn met on Friday. They said the talks had been useful.', 'talks had been useful') ?? '';
    assert.ok(pair.includes('Ana Ruiz') && pair.includes('Carl Dunn'), pair);
    const group = 'Ana Ruiz and Carl Dunn met the residents on Friday. They said the water had been brown for weeks.';
    assert.strictEqual(speakerOf(group, 'water had been brown'), 'the residents');
  });

  test('a name in apposition to an organisation noun names it, even a name of two words', () => {
    const text = "Dana Frost's company, Orbit Labs, was fined on Monday. It said it would appeal.";
    assert.strictEqual(speakerOf(text, 'it would appeal'), 'Orbit Labs');
    const person = "The company's founder, Tomas Berg, was fined on Monday. He said he would appeal.";
    assert.strictEqual(speakerOf(person, 'he would appeal'), 'Tomas Berg');
  });

  test('a known first name alone is the one person met with it; two such people leave it alone', () => {
    const text = 'Maria Lindqvist and her husband, Carl Lindqvist, run the bakery. Carl said sales had fallen by half.';
    assert.strictEqual(speakerOf(text, 'fallen by half'), 'Carl Lindqvist');
    const two = 'Carl Dunn and Carl Berg run the bakery. Carl said sales had fallen by half.';
    assert.strictEqual(speakerOf(two, 'fallen by half'), 'Carl');
  });

  test('"his neighbour, Rosa Klein" is one person (a neighbour is a person, not a body)', () => {
    const text = '"It was terrifying," said Omar Haddad.\n\n"I have never seen anything like it," said his neighbour, Rosa Klein.\n\n"We ran outside."';
    assert.strictEqual(speakerOf(text, 'never seen'), 'Rosa Klein');
    assert.strictEqual(speakerOf(text, 'ran outside'), 'Rosa Klein');
  });

  test('"the airline" after "a spokeswoman for X" is X, whatever kind X was taken for', () => {
    const text = 'A spokeswoman for Skyline Air said flights would resume. The airline said passengers would get refunds.';
    assert.strictEqual(speakerOf(text, 'get refunds'), 'Skyline Air');
  });

  test('a newspaper named in apposition to its description is the source; a document is not renamed', () => {
    assert.strictEqual(speakerOf("The city's main newspaper, the Harlow Courier, said the mayor had lied.", 'mayor had lied'), 'Harlow Courier');
    const report = 'The report, Orbit Labs said, was false. The report said the mine was safe.';
    assert.notStrictEqual(speakerOf(report, 'mine was safe'), 'Orbit Labs');
  });

  test('a quotation after "Asked …, X smiled." is the answer of the one asked', () => {
    assert.strictEqual(speakerOf('Asked about his future, Tomas Berg smiled. "I will be here next year."', 'next year'), 'Tomas Berg');
    assert.strictEqual(speakerOf('When asked about the deal, Carl Dunn shrugged. "Nothing is signed yet."', 'Nothing is signed'), 'Carl Dunn');
  });

  test('a quotation after a sentence opened by "asked" with its own subject keeps that subject', () => {
    const text = 'Reporters asked Carl Dunn about the deal. "Nothing is signed yet," he said.';
    assert.strictEqual(speakerOf(text, 'Nothing is signed'), 'Carl Dunn');
  });
});
