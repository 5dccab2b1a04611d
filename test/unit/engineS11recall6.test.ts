// Reported speech, session 11 (recall6): cue words the lexicon lacked (data/cues.json) — "decried", "commended",
// "rebuked" and "likened" judge their noun object, "thanked X for Y" says what was done well, "recognizes that …"
// takes a clause, "counter-claimed" a clause like "claimed" — and a bare "thanked X" read as a courtesy
// (cues/actionSense.ts); near misses for each. Every sentence is written for the test.
import * as assert from 'assert';
import { reportedIn } from './engineFound';

suite('engine: reported speech, session 11 recall6', () => {
  // data/cues.json nounObject / targetObject / description
  test('"decried" + noun object reports the object', () => {
    assert.deepStrictEqual(reportedIn('The envoy decried the raid on the refugee camp.'), [['the raid on the refugee camp', 'The envoy']]);
  });
  test('"commended X for Y" reports the object with its reason', () => {
    assert.deepStrictEqual(reportedIn('The governor commended the rescue crews for their quick response.'), [['the rescue crews for their quick response', 'The governor']]);
  });
  test('"rebuked X for Y" reports the object', () => {
    assert.deepStrictEqual(reportedIn('The council rebuked the contractor for the long delays on the bridge.'), [['the contractor for the long delays on the bridge', 'The council']]);
  });
  test('"likened X to Y" reports the comparison', () => {
    assert.deepStrictEqual(reportedIn('The opposition leader likened the new tax to a fine on work.'), [['the new tax to a fine on work', 'The opposition leader']]);
  });

  // data/cues.json nounObject + nounFirst, cues/actionSense.ts
  test('"thanked X for Y" reports the thanks and their reason', () => {
    assert.deepStrictEqual(reportedIn('The coach thanked the volunteers for their hard work over the season.'), [['the volunteers for their hard work over the season', 'The coach']]);
  });
  test('near miss: a bare "thanked X" is a courtesy, not a report', () => {
    assert.deepStrictEqual(reportedIn('The coach thanked the crowd.'), []);
    assert.deepStrictEqual(reportedIn('After the final whistle the captain thanked his family and friends.'), []);
  });
  test('near miss: "thanks to" and "thanks" are no cue', () => {
    assert.deepStrictEqual(reportedIn('Thanks to the rain, the match was delayed by an hour.'), []);
    assert.deepStrictEqual(reportedIn('The company thanks its staff.'), []);
  });

  // data/cues.json thatOnly
  test('"recognizes that …" reports the clause', () => {
    assert.deepStrictEqual(reportedIn('The regulator recognizes that the two schemes have different aims.'), [['the two schemes have different aims', 'The regulator']]);
  });
  test('near miss: "recognise" + noun object is no report', () => {
    assert.deepStrictEqual(reportedIn('The court did not recognise the marriage, and officials recognized him at the airport.'), []);
  });

  // data/cues.json clause
  test('"counter-claimed" takes a clause like "claimed"', () => {
    assert.deepStrictEqual(reportedIn('The union counter-claimed a deal between the parties had raised the cost of the plan.'), [['a deal between the parties had raised the cost of the plan', 'The union']]);
  });
  test('near miss: the noun "counter-claim" is no cue', () => {
    assert.deepStrictEqual(reportedIn('The bank filed a counter-claim against the developer last year.'), []);
  });
});
