// Reported speech on unseen articles, round 7 (dev16–dev17): where a content clause stops — a negated cue
// coordinated after it (", but he did not say whether …"), a new main clause after a reporting clause set in a
// subordinate frame ("Although critics said the plan was costly, the council …"), and a noun object that
// runs into a time adjunct ("condemned the decision after the vote") or the medium of the act ("on state
// television"), and an abbreviation in brackets that closes the sentence. Every sentence is written for the test.
import * as assert from 'assert';
import { reportedIn } from './engineFound';

const reported = reportedIn;

suite('engine: reported speech on unseen articles, round 7', () => {
  const cases: Array<[string, string, Array<[string, string]>]> = [
    ['a negated cue coordinated after the content', 'The harbour master said that repairs had started, but he did not say when the port would reopen.', [['repairs had started', 'The harbour master']]],
    ['a refusal to say coordinated after the content', 'Police said two men were held, but a spokesman declined to say whether they had been charged.', [['two men were held', 'Police']]],
    ['a cue inside a relative clause before the main clause', 'Despite protests from the unions, who said the cuts went too far, the council approved the budget.', [['the cuts went too far', 'the unions']]],
    ['a cue inside a fronted subordinate clause', 'Although the airline said the delays were over, passengers waited another night at the terminal.', [['the delays were over', 'the airline']]],
    ['a noun object before a time clause', 'The senator condemned the closure of the rural clinics after the budget was passed.', [['the closure of the rural clinics', 'The senator']]],
    ['an abbreviation in brackets closing the sentence', 'The inspector said the report went to the Civil Aviation Authority (CAA).', [['the report went to the Civil Aviation Authority (CAA)', 'The inspector']]],
    ['a noun object before a medium adjunct', 'The general announced a ceasefire on one of the national radio networks.', [['a ceasefire', 'The general']]],
  ];
  for (const [name, text, expected] of cases) test(name, () => assert.deepStrictEqual(reported(text), expected));

  test('a comma inside the content of a plain cue does not end it', () => {
    assert.deepStrictEqual(reported('The mayor said that the bridge, the oldest in the city, would close.'), [['the bridge, the oldest in the city, would close', 'The mayor']]);
  });
  test('a coordinated clause of the content that is no cue runs on', () => {
    assert.deepStrictEqual(reported('The coach said the team had trained hard, but it did not win.'), [['the team had trained hard, but it did not win', 'The coach']]);
  });
  test('a bracket that is no abbreviation still ends the content', () => {
    assert.deepStrictEqual(reported('The inspector said the report went to the regulator (in May).'), [['the report went to the regulator', 'The inspector']]);
  });
  test('a noun object keeps a modifier that is no adjunct of time or medium', () => {
    assert.deepStrictEqual(reported('The union condemned the treatment of workers on night shifts.'), [['the treatment of workers on night shifts', 'The union']]);
  });
});
