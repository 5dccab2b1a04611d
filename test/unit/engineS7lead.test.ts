// Rules the lead added in session 7: a judgement in the passive with its agent ("The move was criticized by two
// senators") reports the subject as what was judged. Every sentence is written for the test.
import * as assert from 'assert';
import { reportedIn } from './engineFound';

suite('engine: judgements in the passive', () => {
  const cases: Array<[string, string, Array<[string, string]>]> = [
    ['criticized by a named agent', 'The new toll was criticized by Senator Ada Brook on Monday.', [['The new toll', 'Ada Brook']]],
    ['disputed by an organisation', 'The accuracy of the survey was disputed by the Farmers Union.', [['The accuracy of the survey', 'Farmers Union']]],
    ['a demonstrative and a noun', 'This decision was condemned by the opposition.', [['This decision', 'the opposition']]],
    ['after "has been"', 'The merger has been decried by consumer groups.', [['The merger', 'consumer groups']]],
  ];
  for (const [name, text, expected] of cases) test(name, () => assert.deepStrictEqual(reportedIn(text), expected));

  const nothing: Array<[string, string]> = [
    ['a pronoun subject stands for something said before', 'This was confirmed by officials on Friday.'],
    ['no agent', 'The plan was criticized in the press.'],
    ['a refusal, not a judgement', 'The request was rejected by the court.'],
  ];
  for (const [name, text] of nothing) test(`nothing: ${name}`, () => assert.deepStrictEqual(reportedIn(text), []));
});
