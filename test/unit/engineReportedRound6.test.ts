// Reported speech on unseen articles, round 6 (dev12–dev15): base-form cues after an adverb or a sentence-
// opening name ("The council also say …", "Labour state …"), a chain of time and place adjuncts after a
// postposed cue, a hearer with "to" set off by a comma before "that", a preposition inside a content clause's
// subject ("a return to the talks is likely"), and "found" / "concluded" after a body or document whose
// findings are its statement. Every sentence is written for the test.
import * as assert from 'assert';
import { reportedIn } from './engineFound';

const reported = reportedIn;

suite('engine: reported speech on unseen articles, round 6', () => {
  const cases: Array<[string, string, Array<[string, string]>]> = [
    ['an adverb between a collective subject and a base-form cue', 'The council said the bridge was safe. The council also say the road will reopen in May.', [['the bridge was safe', 'The council'], ['the road will reopen in May', 'The council']]],
    ['a base-form cue after a sentence-opening name, before a determiner', 'Labour state the scheme has failed every tenant.', [['the scheme has failed every tenant', 'Labour']]],
    ['a chain of time adjuncts after a postposed cue', 'Talks will resume next week, the union said on Friday ahead of the vote.', [['Talks will resume next week', 'the union']]],
    ['a hearer with "to" and a comma before "that"', 'The minister said to local radio, that the border would stay open.', [['the border would stay open', 'The minister']]],
    ['a preposition inside the content clause\'s subject', 'The agency has said a return to the old rules is unlikely.', [['a return to the old rules is unlikely', 'The agency']]],
    ['"found" after an inquiry', 'The inquiry found the crew had ignored two alarms.', [['the crew had ignored two alarms', 'The inquiry']]],
    ['"concluded" after an investigation', 'The investigation concluded poor maintenance caused the fire.', [['poor maintenance caused the fire', 'The investigation']]],
  ];
  for (const [name, text, expected] of cases) test(name, () => assert.deepStrictEqual(reported(text), expected));

  test('a verb with a prepositional object is no postposed cue with adjuncts', () => {
    assert.deepStrictEqual(reported('Maria Lund, the director of the museum, expressed interest in new loans from the trust in the future.'), [['new loans from the trust in the future', 'Maria Lund']]);
  });
  test('a noun object with an infinitive "to" is still no clause', () => {
    assert.deepStrictEqual(reported('The mayor announced a plan to rebuild the pier.'), [['a plan to rebuild the pier', 'The mayor']]);
  });
  test('a person who finds something reports a discovery, not a statement', () => {
    assert.deepStrictEqual(reported('Researchers found the rock is porous. She found the keys were missing.'), []);
  });
});
