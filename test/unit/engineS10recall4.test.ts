// Reported speech the engine missed on PolNeAR train (round 2, recall): a subject headed by a word the cue
// lexicon also knows as a verb ("The state admitted …", "the former secretary of state has maintained …"), a
// verb form after a preposition inside a fronted adverbial ("For voters in states like Ohio, he said, …"), and a
// reporting "as" clause after ", and" or a short opening adverbial. Every sentence is written for the test.
import * as assert from 'assert';
import { reportedIn } from './engineFound';

suite('engine: round-2 recall (S10 recall4)', () => {
  test('"the state" before the cue is the source', () => {
    assert.deepStrictEqual(reportedIn('The state admitted it had made an error in the count.'), [['it had made an error in the count', 'The state']]);
  });
  test('"secretary of state" before the cue is the source', () => {
    assert.deepStrictEqual(reportedIn('The former secretary of state has long maintained that she followed the rules.'), [['she followed the rules', 'The former secretary of state']]);
  });
  test('"each state" before the cue is the source', () => {
    assert.deepStrictEqual(reportedIn('Each state reported that turnout was high.'), [['turnout was high', 'Each state']]);
  });
  test('a predicate noun after "was" is no subject', () => {
    assert.deepStrictEqual(reportedIn('The clerk who worked there while she was secretary of state pleaded for calm.').map(([, s]) => s).filter((s) => s === 'secretary of state'), []);
  });
  test('a verb form after a preposition in a fronted adverbial is a noun', () => {
    assert.deepStrictEqual(reportedIn('Tom Ward spoke in Akron. For rural voters in states like Ohio, he said, their experience had taught them to wait.'), [['For rural voters in states like Ohio, he said, their experience had taught them to wait', 'Tom Ward']]);
  });
  test('a reporting "as" clause after ", and"', () => {
    assert.deepStrictEqual(reportedIn('The park is closed, and as the mayor noted, the repairs could take months.'), [['the repairs could take months', 'the mayor']]);
  });
  test('a reporting "as" clause after a short opening adverbial', () => {
    assert.deepStrictEqual(reportedIn('Of course, as the mayor noted, the repairs could take months.'), [['the repairs could take months', 'the mayor']]);
  });
  test('an "as" clause after a comma alone credits the clause before it', () => {
    assert.deepStrictEqual(reportedIn('Prices rose, as the bank predicted, in every region.'), []);
  });
  test('a fronted "when" clause before a parenthetical cue is part of the statement', () => {
    assert.deepStrictEqual(reportedIn('Ann Lee waited for hours. When she finally reached the office, she said, there were no forms left.'), [['When she finally reached the office, she said, there were no forms left', 'Ann Lee']]);
  });
  test('a fronted "if" clause before a parenthetical cue is part of the statement', () => {
    assert.deepStrictEqual(reportedIn('If the law has never been tested in court, Smith said, there is a simple reason for it.'), [['If the law has never been tested in court, Smith said, there is a simple reason for it', 'Smith']]);
  });
  test('"when asked" before a parenthetical cue narrates the saying', () => {
    assert.deepStrictEqual(reportedIn('When asked about the plan, he said, the city had no money.'), []);
  });
  test('a determined noun in no role list before ", who" speaks', () => {
    assert.deepStrictEqual(reportedIn('The mayor met a young child, who said he walked to the hall.'), [['he walked to the hall', 'a young child']]);
  });
  test('a thing after "familiar with" is no antecedent of "who"', () => {
    assert.deepStrictEqual(reportedIn('"It was odd," said one aide familiar with the talks, who added that the mood was tense.').filter(([, s]) => s === 'the talks'), []);
  });
  test('a quantifier alone before "who" speaks', () => {
    assert.deepStrictEqual(reportedIn('The plan drew rebukes from others, including some who warned it could make matters worse.'), [['it could make matters worse', 'some']]);
  });
  test('"continued to say" reports what the subject said', () => {
    assert.deepStrictEqual(reportedIn('Even after the complaint was filed, Baker continued to say he had never seen the letter.'), [['he had never seen the letter', 'Baker']]);
  });
  test('"has continued to insist" reports what the subject said', () => {
    assert.deepStrictEqual(reportedIn('Baker has continued to insist he never saw the letter.'), [['he never saw the letter', 'Baker']]);
  });
  test('"as part of" before "that" is an adjunct of the cue', () => {
    assert.deepStrictEqual(reportedIn('Baker admitted as part of his plea that he broke into the account.'), [['he broke into the account', 'Baker']]);
    assert.deepStrictEqual(reportedIn('Baker admitted as a part of the deal that he broke into the account.'), [['he broke into the account', 'Baker']]);
  });
});
