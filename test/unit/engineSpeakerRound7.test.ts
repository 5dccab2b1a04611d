// Speaker choice, round 7 (error classes of the dev16–dev17 articles). Every sentence here is written for
// the test (none is taken from the annotated articles).
import * as assert from 'assert';
import { speakerOf } from './engineFound';

suite('engine: speaker choice, round 7', () => {
  test('a plural role noun is a mention a later "they" refers to', () => {
    const text = 'The inspectors, though briefly barred from the site, are back at work. They said the pumps had been tampered with.';
    assert.match(speakerOf(text, 'the pumps had been') ?? '', /inspectors/i);
  });

  test('a participle after "upon" inside a "where" clause speaks for that clause\'s subject', () => {
    const text = 'The injured climber was flown to the regional hospital, where surgeon Ana Ruiz was cheered by nurses upon announcing to reporters the climber would walk again.';
    assert.strictEqual(speakerOf(text, 'the climber would walk'), 'Ana Ruiz');
  });

  test('without a "where" clause the participle after "upon" keeps the sentence subject', () => {
    const text = 'Surgeon Ana Ruiz left the regional hospital late on Monday upon announcing to reporters the climber would walk again.';
    assert.strictEqual(speakerOf(text, 'the climber would walk'), 'Ana Ruiz');
  });

  test('a fronted time phrase closed by a comma is no subject for a later participle', () => {
    const text = 'Late March last year, Governor Elena Marsh toured the flooded valley; stating: "We will rebuild every bridge."';
    assert.strictEqual(speakerOf(text, 'We will rebuild'), 'Elena Marsh');
  });

  test('a name ending in a geographic feature is a place, never "he"', () => {
    const text = 'Officials met Interior Minister Farid Haddad in March. Alongside talks on former Pelican Bay inmates, he called the prisons "a ticking bomb".';
    assert.notStrictEqual(speakerOf(text, 'a ticking bomb'), 'Pelican Bay');
  });

  test('a known given name before a feature word keeps the person ("Michael Bay")', () => {
    const text = 'The film opened on Friday. Michael Bay said the sequel was already being written.';
    assert.strictEqual(speakerOf(text, 'the sequel was'), 'Michael Bay');
  });

  test('the realm after "of" in a ruler\'s name is no surname: the country is not the ruler', () => {
    const text = 'Queen Amira of Dalmora met the envoy on Monday. Dalmora said the border would stay closed.';
    assert.strictEqual(speakerOf(text, 'the border would stay'), 'Dalmora');
  });
});
