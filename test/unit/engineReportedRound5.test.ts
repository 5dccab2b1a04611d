// Reported speech on unseen articles, round 5 (dev12, dev13): the writer's narration after a postposed
// reporting clause (", but …", ", with …", ", making …"), an inverted source with its name in apposition,
// "according to" with a lowercase head after a name or an apposition closing the sentence, and a reported
// clause before a quoted last conjunct ("… and "open the books""). Every sentence is written for the test.
import * as assert from 'assert';
import { analyzeBody, found, reportedIn } from './engineFound';

const reported = reportedIn;
/** [kind, text] of every statement. */
const kinds = (text: string) => found(analyzeBody(text)).map((f) => [f[0], f[1]]);

suite('engine: reported speech on unseen articles, round 5', () => {
  const cases: Array<[string, string, Array<[string, string]>]> = [
    ['", but" after a postposed cue is the writer\'s narration', 'The bridge reopened at noon, the council said, but traffic stayed light.', [['The bridge reopened at noon', 'the council']]],
    ['", with" after a postposed cue is the writer\'s narration', 'Two men were arrested near the port, police reported, with a third still sought.', [['Two men were arrested near the port', 'police']]],
    ['a participle of consequence after a postposed cue', 'The mayor resigned on Friday, the newspaper reported, ending a week of protests.', [['The mayor resigned on Friday', 'the newspaper']]],
    ['a time adjunct, then the narration', 'The mine flooded overnight, the company said on Monday, but nobody was hurt.', [['The mine flooded overnight', 'the company']]],
    ['an inverted source with its name in apposition', 'The east wing was worst hit, said the spokesman for the hospital, Tom Reed.', [['The east wing was worst hit', 'Tom Reed']]],
    ['"according to" with a lowercase head after a name', 'According to local Brenner observatory, the tremor lasted ten seconds.', [['the tremor lasted ten seconds', 'local Brenner observatory']]],
    ['"according to" whose source has an apposition ending the sentence', 'The toll rose to nine according to officials in Vardo, the regional capital.', [['The toll rose to nine', 'officials in Vardo']]],
  ];
  for (const [name, text, expected] of cases) test(name, () => assert.deepStrictEqual(reported(text), expected));

  test('a cue participle after a postposed cue is no narration: it carries its own clause (and the cue before it keeps its content)', () => {
    assert.deepStrictEqual(reported('The plant will close, the company said, adding that most jobs would go.'), [['The plant will close', 'the company'], ['most jobs would go', 'the company']]);
  });
  test('a cue followed by ", with" and its clause still reports forward', () => {
    assert.deepStrictEqual(reported('The minister said, with regret, that the plant would close.'), [['the plant would close', 'The minister']]);
  });

  test('a reported clause before a quoted last conjunct is an indirect statement of its own', () => {
    const text = 'Prosecutors said they would charge the banker with fraud, for moving funds abroad before the audit, and for "hiding the accounts from everyone".';
    assert.deepStrictEqual(kinds(text), [['indirect', 'they would charge the banker with fraud, for moving funds abroad before the audit'], ['mixed', 'hiding the accounts from everyone']]);
  });
  test('a short clause before the quoted conjunct stays one mixed statement', () => {
    const text = 'Ms Lund said she was tired and "ready to go home".';
    assert.deepStrictEqual(kinds(text), [['mixed', 'ready to go home']]);
  });
});
