// Reported speech on unseen articles, round 8 (dev10–dev17): where a noun object stops (a time adverbial
// dating the act: "claimed responsibility on Tuesday for …", "condemned X after riots in …"), the reporter's
// aside re-describing the last noun ("…, an animal that is …", "…, the burden of which …"), and a mid-sentence
// cue before ", and" ("…, Mendes said, and …" gives two statements). Every sentence is written for the test.
import * as assert from 'assert';
import { reportedIn } from './engineFound';

const reported = reportedIn;

suite('engine: reported speech on unseen articles, round 8', () => {
  const cases: Array<[string, string, Array<[string, string]>]> = [
    ['a noun object before a weekday adverbial', 'The militia claimed responsibility on Tuesday for the bombing of the bridge.', [['responsibility', 'The militia']]],
    ['a noun object before "yesterday"', 'The coach announced his resignation yesterday after a run of heavy defeats.', [['his resignation', 'The coach']]],
    ['a noun object before a time preposition and a noun phrase', 'The bishop condemned the violence against migrants after riots in the port city.', [['the violence against migrants', 'The bishop']]],
    ['an appositive re-describing the last noun of the content', 'The rangers said the park will protect the lynx, an animal that is rarely seen in the region.', [['the park will protect the lynx', 'The rangers']]],
    ['a relative "the X of which" after the content', 'The drivers said they were told to cut costs, the burden of which has fallen on the crews.', [['they were told to cut costs', 'The drivers']]],
    ['a mid-sentence cue before ", and"', 'The club will not sell its striker, Mendes said, and for the fans it is a question of loyalty to keep him.', [['The club will not sell its striker', 'Mendes'], ['for the fans it is a question of loyalty to keep him', 'Mendes']]],
  ];
  for (const [name, text, expected] of cases) test(name, () => assert.deepStrictEqual(reported(text), expected));

  test('a time adverbial before the noun\'s complement stays in the object', () => {
    assert.deepStrictEqual(reported('The firm announced plans last month to close the plant in Leeds.'), [['plans last month to close the plant in Leeds', 'The firm']]);
  });
  test('a time preposition after a participle stays in the object', () => {
    assert.deepStrictEqual(reported('The union condemned the arrests of striking workers made during the protests.'), [['the arrests of striking workers made during the protests', 'The union']]);
  });
  test('an appositive followed by the content\'s verb stays in the content', () => {
    assert.deepStrictEqual(reported('The engineer said the bridge, a structure that opened in 1960, needed repairs.'), [['the bridge, a structure that opened in 1960, needed repairs', 'The engineer']]);
    assert.deepStrictEqual(reported('The envoy said the treaty, the text of which was leaked, had been signed.'), [['the treaty, the text of which was leaked, had been signed', 'The envoy']]);
  });
  test('a mid-sentence cue before "while" keeps one statement', () => {
    assert.deepStrictEqual(reported('Most of the dead were local, Ruiz said, while two were tourists.'), [['Most of the dead were local, Ruiz said, while two were tourists', 'Ruiz']]);
  });
});
