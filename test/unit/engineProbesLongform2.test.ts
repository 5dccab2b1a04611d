// Probes of long-form copy, continued (engineProbesLongform.test.ts holds the first ones).
import * as assert from 'assert';
import { speakerOf } from './engineFound';

suite('engine probes: long-form quotation (2)', () => {
  test('"the veteran" refers back to a person whose title holds that role noun ("Veteran goalkeeper Ugo Pinto")', () => {
    assert.strictEqual(speakerOf('Veteran goalkeeper Ugo Pinto, 41, signed a new deal. "I feel young," the veteran said.', 'feel young'), 'Ugo Pinto');
  });

  test('must not fire: a modifier that is no person role ("Reserve goalkeeper …") does not stand for the person', () => {
    assert.notStrictEqual(speakerOf('Reserve goalkeeper Ugo Pinto signed a new deal. "I feel young," the reserve said.', 'feel young'), 'Ugo Pinto');
  });
});
