// Reported speech shapes of US political news (session 9, round 2): a finding source whose head is followed by a
// participle modifier ("Exit polls taken in Ohio found …"), a report's participle and time before the clause's
// own cue verb ("A report published Wednesday said …"). Every sentence is written for the test.
import * as assert from 'assert';
import { reportedIn } from './engineFound';

suite('engine: reported speech, session 9 round 2', () => {
  const cases: Array<[string, string, Array<[string, string]>]> = [
    ['a poll head before a participle and a place', 'Exit polls taken in Ohio found that most voters support a new tax.', [['most voters support a new tax', 'Exit polls']]],
    ['a survey head before "of", a participle and a clause', 'Surveys of shoppers taken as they left the mall showed that prices were rising fast.', [['prices were rising fast', 'Surveys']]],
    ['a poll head before a participle and a common-noun agent', 'A poll conducted by the university showed that most students oppose the plan.', [['most students oppose the plan', 'A poll']]],
    ['a report\'s participle and weekday before the cue', 'A report published Wednesday said the mayor used a private account.', [['the mayor used a private account', 'A report']]],
  ];
  for (const [name, text, expected] of cases) test(name, () => assert.deepStrictEqual(reportedIn(text), expected));

  test('a preposition and a name after the head leave the name in the source', () => {
    assert.deepStrictEqual(reportedIn('The reports from Israel said the talks had failed.'), [['the talks had failed', 'The reports from Israel']]);
  });
  test('a verb after a weekday with a clause of its own stays the cue', () => {
    assert.deepStrictEqual(reportedIn('The mayor announced Friday he will resign.'), [['he will resign', 'The mayor']]);
  });
});
