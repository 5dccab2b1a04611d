// Speakers of found statements (session 11, speakers5): a subject pronoun right before a progressive's "be" is
// that progressive cue's own source ("… at the time he was claiming that "…""); more role nouns of persons
// (an instructor, a pharmacist …), so that "a UCLA instructor" is one description in apposition to the name
// before it, not the name "UCLA". Every sentence is written for the test.
import * as assert from 'assert';
import { analyzeBody, found } from './engineFound';

const statements = (text: string) => found(analyzeBody(text)).map((f) => [f[1], f[2]]);
const speakerOf = (text: string, fragment: string) => statements(text).find(([t]) => t!.includes(fragment))?.[1];

suite('engine: speakers of found statements (s11, speakers5)', () => {
  // statements/pronounProgressive.ts
  test('a pronoun before a progressive inside a bare relative speaks, not the sentence\'s subject', () =>
    assert.strictEqual(speakerOf('Ann Ruiz denied that Tom Baker knew of the memo at the time he was claiming that "all is well".', 'all is well'), 'Tom Baker'));
  test('the same after "while", the pronoun naming the sentence\'s subject', () =>
    assert.strictEqual(speakerOf('Ann Ruiz denied that Tom Baker knew of the memo while she was claiming that "all is well".', 'all is well'), 'Ann Ruiz'));
  test('near miss: a progressive after a name keeps the name', () =>
    assert.strictEqual(speakerOf('Tom Baker was claiming that "all is well" on Monday.', 'all is well'), 'Tom Baker'));
  // data/roles.json
  test('"a UCLA instructor" describes the name before it, the antecedent of "He"', () =>
    assert.strictEqual(speakerOf('For Tom Hale, a UCLA instructor in art, Picasso was a hero. He said, "Pablo Picasso changed everything."', 'changed everything'), 'Tom Hale'));
  test('"a county pharmacist" is a source phrase of its own', () =>
    assert.strictEqual(speakerOf('"We ran out of doses by noon," a county pharmacist said.', 'ran out'), 'a county pharmacist'));
});

suite('engine: pronoun antecedents (s11, speakers5)', () => {
  // speakers/antecedent.ts, speakers/candidateTests.ts obliqueInSentenceBefore
  const meeting = 'Tom Baker spoke on Friday. "The talks went well," he said. A meeting in March with Finance Minister Omar Haddad was the scene of similar warnings. Alongside talks on tariffs, he described the plan as a "dead end" for the region.';
  test('a named person after a preposition in the sentence before, which names no one else, is "he"', () =>
    assert.strictEqual(speakerOf(meeting, 'dead end'), 'Omar Haddad'));
  const subject = 'Tom Baker spoke on Friday. "The talks went well," he said. The senator was greeted in March by Finance Minister Omar Haddad. Alongside talks on tariffs, he described the plan as a "dead end" for the region.';
  test('near miss: a subject in the sentence before keeps the person after a preposition from "he"', () =>
    assert.notStrictEqual(speakerOf(subject, 'dead end'), 'Omar Haddad'));
});

suite('engine: a participle set off between a subject and its verb (s11, speakers5)', () => {
  // statements/setOffParticiple.ts
  test('"but prosecutors, citing …, want …": the subject before the participle speaks', () =>
    assert.strictEqual(speakerOf('The suspects can be held for three days, but prosecutors, citing the risk of flight, want the period extended.', 'risk of flight'), 'prosecutors'));
  test('"and the nurses, citing …, asked …"', () =>
    assert.strictEqual(speakerOf('The wards were closed on Monday, and the nurses, citing the cold, asked for heaters.', 'the cold'), 'the nurses'));
  test('near miss: an object before the participle, "and" after it, keeps the clause\'s subject', () =>
    assert.strictEqual(speakerOf('The judge thanked the prosecutors, citing their hard work on the case, and left the court.', 'hard work'), 'The judge'));
});
