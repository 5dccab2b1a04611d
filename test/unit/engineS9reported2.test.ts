// Reported speech shapes of US political news (session 9, round 2): a finding source whose head is followed by a
// participle modifier ("Exit polls taken in Ohio found …"), a report's participle and time before the clause's
// own cue verb ("A report published Wednesday said …"),
// shares of a group as sources ("Nearly half said", "…, and more than 4 in 10 said …"), ", however" ending a content,
// "called for/on X to V" whose request runs from X (as the project gold has it), "But X is suggesting …",
// a quoted nickname inside an apposition ("X, the hacker known as “Ghost,” stated that …"),
// a fronted time phrase without its comma ("Two days later they reversed themselves, … and said …"),
// a tensed second predicate after a modal content (", and requested another month"),
// "Roe v. Wade" in one sentence, an opening "But"/"Still," left out of an "according to" content,
// "she's said" read as "she has said", "were more likely to say"/"was quick to note" (cues/adjectiveInfinitive.ts),
// "said on Monday, once …, that …" (statements/thatAfterSetOff.ts). Every sentence is written for the test.
import * as assert from 'assert';
import { reportedIn } from './engineFound';

suite('engine: reported speech, session 9 round 2', () => {
  const cases: Array<[string, string, Array<[string, string]>]> = [
    ['a poll head before a participle and a place', 'Exit polls taken in Ohio found that most voters support a new tax.', [['most voters support a new tax', 'Exit polls']]],
    ['a survey head before "of", a participle and a clause', 'Surveys of shoppers taken as they left the mall showed that prices were rising fast.', [['prices were rising fast', 'Surveys']]],
    ['a poll head before a participle and a common-noun agent', 'A poll conducted by the university showed that most students oppose the plan.', [['most students oppose the plan', 'A poll']]],
    ['a report\'s participle and weekday before the cue', 'A report published Wednesday said the mayor used a private account.', [['the mayor used a private account', 'A report']]],
    ['an approximator before a quantifier source', 'Nearly half said they prefer a candidate with experience.', [['they prefer a candidate with experience', 'Nearly half']]],
    ['"more than" and a share as the source', 'More than half said the mayor would be best.', [['the mayor would be best', 'More than half']]],
    ['a coordinated share with its own cue ends the first content', 'Most voters said they were worried, and 40 percent said the economy was weak.', [['they were worried', 'Most voters'], ['the economy was weak', '40 percent']]],
    ['a coordinated "a third of voters" with its own cue', 'Most voters said they were worried, and nearly a third of voters said the economy was weak.', [['they were worried', 'Most voters'], ['the economy was weak', 'a third of voters']]],
    ['", however" splices on the writer\'s next clause', 'In May, 47 percent said they would vote for Smith, however this time the number has dropped.', [['they would vote for Smith', '47 percent']]],
    ['"called for" keeps the one asked to act in the request', 'The senator called for the United States to step up its efforts.', [['the United States to step up its efforts', 'The senator']]],
    ['"called on" and a name keeps the name in the request', 'Officials called on Sarkozy to continue working.', [['Sarkozy to continue working', 'Officials']]],
    ['"urged" keeps its hearer out of the request', 'The mayor urged residents to stay home.', [['to stay home', 'The mayor']]],
    ['"But" opening the sentence of a progressive cue', 'Polls closed. But the mayor is suggesting he beat expectations.', [['he beat expectations', 'the mayor']]],
    ['a progressive cue without a conjunction still reads its subject', 'The mayor is saying he won.', [['he won', 'The mayor']]],
    ['a nickname in quotation marks inside the apposition', 'Tom Lee, the hacker known as “Ghost,” stated that he had access to the server.', [['he had access to the server', 'Tom Lee']]],
    ['a nickname after "nicknamed" with the comma inside the marks', 'Ann Ruiz, a singer nicknamed "the Voice," said she would retire.', [['she would retire', 'Ann Ruiz']]],
    ['a time phrase without its comma before the pronoun of a list of predicates', 'Officials closed the doors. Two days later they reversed themselves, opened the doors and said they will count the votes again.', [['they will count the votes again', 'Officials']]],
    ['a past form after a modal content is the subject\'s second predicate', 'Lawyers for the city said this week that they would miss the deadline, and requested another month.', [['they would miss the deadline', 'Lawyers for the city']]],
    ['"has" after a modal content is the subject\'s second predicate', 'Ryan insists the party must be a party of ideas, and has championed an agenda of cuts.', [['the party must be a party of ideas', 'Ryan']]],
    ['a base form after a modal content stays in it', 'The mayor said he would resign, and leave politics.', [['he would resign, and leave politics', 'The mayor']]],
    ['the "v." of a case name ends no sentence', 'The mayor attacked the judge, saying he would overturn Smith v. Jones.', [['he would overturn Smith v. Jones', 'The mayor']]],
    ['an opening "But" is no part of a fronted "according to" content', 'But the plan is flawed, according to experts.', [['the plan is flawed', 'experts']]],
    ['an opening "Still," is no part of it either', 'Still, most voters now view the mayor favorably, according to a new poll.', [['most voters now view the mayor favorably', 'a new poll']]],
    ['"So far," stays in the content', 'So far, the plan is flawed, according to experts.', [['So far, the plan is flawed', 'experts']]],
    ['"\'s" after a pronoun before a past cue is "has"', 'Ann Lee spoke. She’s also said she will run again.', [['she will run again', 'Ann Lee']]],
    ['"\'s" before a passive stays no cue', 'Ann Lee spoke. She\'s said to be ill.', []],
    ['"were more likely to say" reports a poll\'s answers', 'Voters were more likely to say they preferred Smith.', [['they preferred Smith', 'Voters']]],
    ['"were quick to point out" reports the words', 'Officials were quick to point out that the plan had failed.', [['the plan had failed', 'Officials']]],
    ['"is likely to say" only predicts', 'The mayor is likely to say the plan failed.', []],
    ['an adjunct and a set-off clause before "that"', 'The mayor said in Geneva, after the vote, that the talks had failed.', [['the talks had failed', 'The mayor']]],
  ];
  for (const [name, text, expected] of cases) test(name, () => assert.deepStrictEqual(reportedIn(text), expected));

  test('a preposition and a name after the head leave the name in the source', () => {
    assert.deepStrictEqual(reportedIn('The reports from Israel said the talks had failed.'), [['the talks had failed', 'The reports from Israel']]);
  });
  test('"more than" and a figure is the share, not a comparison', () => {
    assert.deepStrictEqual(reportedIn('Most voters said they were worried, and more than 4 in 10 said the mayor would be best.').length, 2);
    assert.deepStrictEqual(reportedIn('The crowd was bigger than officials had announced.'), []);
  });
  test('a verb after a weekday with a clause of its own stays the cue', () => {
    assert.deepStrictEqual(reportedIn('The mayor announced Friday he will resign.'), [['he will resign', 'The mayor']]);
  });
});
