// Speaker choice, round 6 (error classes of the dev12–dev15 articles). Every sentence here is written for
// the test (none is taken from the annotated articles).
import * as assert from 'assert';
import { speakerOf } from './engineFound';

suite('engine: speaker choice, round 6', () => {
  test('a time adjunct between an apposed name and its cue is no source: the name speaks', () => {
    const text = 'Marta Lind, the Swedish trade minister, earlier this month remarked that the new tariffs would hurt farmers.';
    assert.strictEqual(speakerOf(text, 'the new tariffs'), 'Marta Lind');
  });

  test('a day after a preposition belongs to the phrase before it: no source is found past it', () => {
    const text = 'Messages on the forum from Friday suggested that the server had been attacked.';
    assert.notStrictEqual(speakerOf(text, 'the server had been'), 'Friday');
  });

  test('a relative on a document the subject issued speaks for the issuer, past a time adjunct', () => {
    const text = 'The health ministry issued a statement on Friday that urged patience: "Every clinic will reopen within a week."';
    assert.strictEqual(speakerOf(text, 'Every clinic will reopen'), 'The health ministry');
  });

  test('a phrase opened by a participle after a comma is its object: the clause subject speaks for "saying"', () => {
    const text = 'Mr Okafor took the stand himself, spending two days of evidence saying he had never seen the contract.';
    assert.strictEqual(speakerOf(text, 'he had never seen'), 'Okafor');
  });

  test('the agent of a passive is the logical subject a later "he" refers to', () => {
    const text = 'Officers sealed the road on Friday. "We were told to stay inside," one resident said. The closure was sharply criticised by Omar Haddad, a local councillor. "Nobody warned us about this," he said.';
    assert.strictEqual(speakerOf(text, 'Nobody warned us'), 'Omar Haddad');
  });

  test('a plain "by" phrase after an active verb stays oblique: the subject remains the antecedent', () => {
    const text = 'Nadia Perez stood by Tom Reyes during the hearing. "I trust the process," she said.';
    assert.strictEqual(speakerOf(text, 'I trust the process'), 'Nadia Perez');
  });
});
