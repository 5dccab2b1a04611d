// Reported speech on unseen articles, round 4 (dev10, dev11): a linking adverb between source and cue ("however
// stated"), a postposed cue after a semicolon, "by saying" / "by pointing out that", a naming verb with an object
// and its predicate ("called the ruling an insult"), "responded to" a noun phrase (no content), and "refused to
// confirm or deny" (no statement). Every sentence is written for the test.
import * as assert from 'assert';
import { reportedIn } from './engineFound';

const reported = reportedIn;

suite('engine: reported speech on unseen articles, round 4', () => {
  const cases: Array<[string, string, Array<[string, string]>]> = [
    ['"however" between the source and its cue', 'Harbour master Lena Ortiz however stated that no ship had been damaged.', [['no ship had been damaged', 'Lena Ortiz']]],
    ['a postposed cue after a semicolon reports only the clause after it', 'The first survey claimed the lake was polluted; it can be cleaned within a year, engineers said.', [['the lake was polluted', 'The first survey'], ['it can be cleaned within a year', 'engineers']]],
    ['"by saying" carries a zero-that clause', 'Mayor Dana Whitfield answered by saying the council has no role in the dispute.', [['the council has no role in the dispute', 'Dana Whitfield']]],
    ['"by pointing out that" carries its clause', 'Mayor Dana Whitfield defended the budget by pointing out that most parks stayed open.', [['most parks stayed open', 'Dana Whitfield']]],
    ['"called" with an object and an indefinite predicate', 'Senator Ruth Abara called the verdict an insult to the families.', [['the verdict an insult to the families', 'Ruth Abara']]],
    ['"calling" with a pronoun object and an adjective', 'Senator Ruth Abara dismissed the figures, calling them misleading.', [['them misleading', 'Ruth Abara']]],
  ];
  for (const [name, text, expected] of cases) test(name, () => assert.deepStrictEqual(reported(text), expected));

  const silent: Array<[string, string]> = [
    ['"by" before an -ing form that takes a noun object is an act, not a statement', 'The airline responded by promising passengers a full refund.'],
    ['"responded to" a noun phrase reports nothing', 'Union leaders responded yesterday to a proposal drafted by the ministry, covering pay and pensions.'],
    ['"refused to confirm or deny" makes no statement', 'Officials refused to confirm or deny whether the factory had been sold.'],
    ['"declined to say" makes no statement', 'The spokesman declined to say whether the talks would resume.'],
    ['"called" with a time phrase after its object is no description', 'Inspector Hale called the hotel a day later.'],
    ['"called" with a pronoun and a particle is no description', 'Inspector Hale called him back on Monday.'],
  ];
  for (const [name, text] of silent) test(name, () => assert.deepStrictEqual(reported(text), []));
});
