// Speakers of found statements (session 11, speakers6): an -s form after a noun that modifies plurals is that
// plural ("member states"), not a cue with the modifier as its subject; a participle joined by "and" and set off
// by commas before a coordinated cue is no apposition, so the clause's subject speaks. Every sentence is written
// for the test.
import * as assert from 'assert';
import { analyzeBody, found } from './engineFound';

const statements = (text: string) => found(analyzeBody(text)).map((f) => [f[1], f[2]]);
const speakerOf = (text: string, fragment: string) => statements(text).find(([t]) => t!.includes(fragment))?.[1];

suite('engine: a plural after a modifying noun (s11, speakers6)', () => {
  // cues/compoundPlural.ts
  test('"member states" is no cue "states" with the subject "member"', () =>
    assert.ok(statements('The bloc criticized the test, which member states saw as a "reckless" step.').every(([, s]) => s !== 'member')));
  test('"the union\'s member states issued …" keeps the whole phrase, no cue "states"', () =>
    assert.ok(statements('Envoys of the trade union\'s member states issued a note on Monday about the fishing quotas.').every(([, s]) => !/member$/.test(s ?? ''))));
  test('near miss: "The report states that …" keeps its cue', () =>
    assert.strictEqual(speakerOf('The report states that the bridge "was never safe" for heavy lorries.', 'never safe'), 'The report'));
});

suite('engine: a participle joined by "and" before a coordinated cue (s11, speakers6)', () => {
  // statements/subjectBeforeComma.ts
  test('"X toured … with his aides, and speaking …, insisted that …": X speaks, not the aides', () =>
    assert.strictEqual(speakerOf('The governor toured the flooded streets with his aides, and speaking to reporters afterwards, insisted that the dam would hold.', 'the dam would hold'), 'The governor'));
  test('near miss: an apposition before the cue keeps the name', () =>
    assert.strictEqual(speakerOf('Tom Lee, a lawyer for the family, insisted that the dam would hold.', 'the dam would hold'), 'Tom Lee'));
});

suite('engine: a noun before a place inside a clause subject (s11, speakers6)', () => {
  // mentions/complementNoun.ts (np.ts phraseStartingAt)
  test('"fishermen on the tiny Breton island of Ouessant claimed to have seen "…"": the whole phrase, not "Breton"', () =>
    assert.strictEqual(speakerOf('On the night the ship sank, fishermen on the tiny Breton island of Ouessant claimed to have seen a "huge ball of fire" over the sea.', 'huge ball'), 'fishermen on the tiny Breton island of Ouessant'));
  test('near miss: a verb before a place still ends the phrase', () =>
    assert.notStrictEqual(speakerOf('On the night the ship sank, the Breton fishermen live in Brest and claimed to have seen a "huge ball of fire" over the sea.', 'huge ball'), 'the Breton fishermen live in Brest'));
});

suite('engine: a region of a known place is no person (s11, speakers6)', () => {
  // mentions/regionPlace.ts (describe.ts)
  test('"he" after "South Lebanon and Northern Iraq" is the person named before', () =>
    assert.strictEqual(speakerOf('Tom Baker toured the camps on Monday. Aid convoys had reached South Lebanon and Northern Iraq. "It was not nearly enough," he said.', 'not nearly enough'), 'Tom Baker'));
  test('near miss: a person whose name opens with a compass-like word stays a person', () =>
    assert.strictEqual(speakerOf('Tom Baker toured the camps on Monday. Aid convoys had reached the town with Lena West. "It was not nearly enough," she said.', 'not nearly enough'), 'Lena West'));
});
