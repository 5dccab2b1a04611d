// General rules found while reading the dev5 development set (test/fixtures/gold-dev5).
// Every sentence here is written for the test (none is taken from the annotated articles).
import * as assert from 'assert';
import { analyzeBody, found } from './engineFound';

suite('engine: dev5 rules', () => {
  test('"a relative" after a postposed "said" is the speaker', () => {
    const a = analyzeBody('"The court never heard our side," said a relative.');
    assert.deepStrictEqual(found(a), [['direct', 'The court never heard our side,', 'a relative']]);
  });

  test('a capitalised cue word after a comma and before a capitalised word is part of a title', () => {
    const a = analyzeBody('Speaking to reporters, State Treasury Secretary Ann Lowe said the budget would balance.');
    assert.deepStrictEqual(found(a), [['indirect', 'the budget would balance', 'Ann Lowe']]);
  });

  test('a base form after a singular word and before "is" is a noun, not a cue', () => {
    const a = analyzeBody('The Rio Verde state is reported to have the largest dam in the region.');
    assert.deepStrictEqual(found(a), []);
  });

  test('a base form after a plural subject and before "is" stays a verb', () => {
    const a = analyzeBody('The ministry calls it a training centre, but critics charge is a prison.');
    assert.ok(a.statements.some((s) => s.text.includes('is a prison')), JSON.stringify(found(a)));
  });

  test('an adverb such as "only" between the source and its cue', () => {
    const a = analyzeBody('The utility only admitted that two pumps had failed.');
    assert.deepStrictEqual(found(a), [['indirect', 'two pumps had failed', 'The utility']]);
  });

  test('"officials here say": a locative adverb after a plural source', () => {
    const a = analyzeBody('Diplomats here say the talks will resume in June.');
    assert.deepStrictEqual(found(a), [['indirect', 'the talks will resume in June', 'Diplomats here']]);
  });
  test('", who said" after an indefinite appositive: the name before it speaks', () => {
    const a = analyzeBody('The report also quotes Ann Ruiz, a chemist with the Lake County Water and Sewer Board, who said she was surprised by the results.');
    assert.deepStrictEqual(found(a), [['indirect', 'she was surprised by the results', 'Ann Ruiz']]);
  });
  test('a quotation followed by a long title, a name and a sentence-final cue', () => {
    const a = analyzeBody('"We are ready," Green party politician Ann Lowe said.');
    assert.deepStrictEqual(found(a), [['direct', 'We are ready,', 'Ann Lowe']]);
  });

  test('a capitalised cue word after a closing quotation mark and before a capitalised word is part of a title', () => {
    const a = analyzeBody('"The budget will balance," State Treasurer Ann Lowe said.');
    assert.deepStrictEqual(found(a), [['direct', 'The budget will balance,', 'Ann Lowe']]);
  });
  test('"wrote" after an apposition and before "on" is a verb, not a reduced relative', () => {
    const a = analyzeBody('Ann Lowe, a bank executive, wrote on Twitter, "The vote is over!"');
    assert.deepStrictEqual(found(a), [['direct', 'The vote is over!', 'Ann Lowe']]);
  });
  test('a participle-like past after an apposition, with "that" after a short adjunct, is the verb', () => {
    const a = analyzeBody('Ann Lowe, a union organiser, posted on Facebook that the strike was "far from over."');
    assert.deepStrictEqual(found(a), [['mixed', 'far from over.', 'Ann Lowe']]);
  });

  test('a participle after a comma and before an adjunct with no content stays a reduced relative', () => {
    const a = analyzeBody('Results of the trials, published in a journal by the institute, show a rise.');
    assert.deepStrictEqual(found(a), []);
  });
  test('"reports of" and "charges of" are plural nouns, not cues', () => {
    assert.deepStrictEqual(found(analyzeBody('Local reports of recent days have shown long queues at the border.')), []);
    assert.deepStrictEqual(found(analyzeBody('The mayor faces charges of fraud if he returns.')), []);
    assert.deepStrictEqual(found(analyzeBody('One of the main demands of the strikers was that the manager resign.')), []);
  });
  test('a postposed source with a parenthetical before its cue is not part of the content', () => {
    const a = analyzeBody('The harbour will close for a week, the port authority, now in charge of the docks, announced yesterday.');
    assert.deepStrictEqual(a.statements.map((st) => st.text), ['The harbour will close for a week']);
  });
  test('"ordered that" is a mandate, not a statement', () => {
    assert.deepStrictEqual(found(analyzeBody('The tribunal ordered that the mayor be reinstated within a week.')), []);
  });
  test('"were some of the cases reported …:" introduces no block quotation', () => {
    const a = analyzeBody('The following were some of the cases reported during the month:\n\nA burglary in Elm Street, two arrests');
    assert.deepStrictEqual(found(a), []);
  });

  test('"Some of the officials said" keeps its verb', () => {
    const a = analyzeBody('Some of the officials said the plan was dead.');
    assert.deepStrictEqual(found(a), [['indirect', 'the plan was dead', 'Some of the officials']]);
  });
  test('"The X report also quotes …": the noun "report" before an adverb and a verb is no cue', () => {
    const a = analyzeBody('The Radio Norte report also quotes Ann Ruiz, a chemist with the board, who said she was shocked.');
    assert.deepStrictEqual(found(a), [['indirect', 'she was shocked', 'Ann Ruiz']]);
  });
  test('a topic after a hearer ("briefed Parliament on its plans") is no content', () => {
    assert.deepStrictEqual(found(analyzeBody('The ministry has already briefed Parliament on its plans for the port.')), []);
  });
  test('"that" after a preposition is a pronoun, not the start of the content', () => {
    const a = analyzeBody('Engineers say hopes for that have faded.');
    assert.deepStrictEqual(found(a), [['indirect', 'hopes for that have faded', 'Engineers']]);
  });
  test('"condemned X as Y" and "dismissed X as "Y"" describe, like "described X as Y"', () => {
    assert.deepStrictEqual(found(analyzeBody('The opposition condemned the shooting as a political murder.')), [['indirect', 'the shooting as a political murder', 'The opposition']]);
    assert.deepStrictEqual(found(analyzeBody('The union dismissed the offer as "an insult".')), [['mixed', 'an insult', 'The union']]);
  });

  // Session 7 (pooled evidence): a short object of a verb of judgement is marked 7 times in 10 when no
  // quotation of the source follows it; with a quotation after it, the quotation is the statement.
  test('"condemned" without "as": the short object reports, unless a quotation follows', () => {
    assert.deepStrictEqual(found(analyzeBody('The opposition condemned the shooting.')), [['indirect', 'the shooting', 'The opposition']]);
    assert.deepStrictEqual(found(analyzeBody('The opposition condemned the shooting, saying "This is a dark day."')), [['direct', 'This is a dark day.', 'The opposition']]);
  });
  test('a request whose hearer is followed by a full date ("on May 3, 2010 to …")', () => {
    const a = analyzeBody('The regulator advised the bank on May 3, 2010 to raise its reserves.');
    assert.deepStrictEqual(found(a), [['indirect', 'to raise its reserves', 'The regulator']]);
  });
  test('"outlined" with a "that" clause or a noun object reports', () => {
    assert.deepStrictEqual(found(analyzeBody('The minister outlined that taxes would fall.')), [['indirect', 'taxes would fall', 'The minister']]);
    const a = analyzeBody('The governor also outlined her priorities for the city once it is rebuilt.');
    assert.deepStrictEqual(found(a), [['indirect', 'her priorities for the city once it is rebuilt', 'The governor']]);
  });
  test('publishing pictures or video reports no words', () => {
    const a = analyzeBody('The agency published photos showing the bridge collapsed and said that two cars fell.');
    assert.deepStrictEqual(found(a), [['indirect', 'two cars fell', 'The agency']]);
  });
  test('"called into question" and "called off" are not speech', () => {
    assert.deepStrictEqual(found(analyzeBody('The findings have called into question the response of the city to the flood, with new complaints being made against officials.')), []);
    assert.deepStrictEqual(found(analyzeBody('The union called off the strike, saying talks would resume.')), [['indirect', 'talks would resume', 'The union']]);
  });
});
