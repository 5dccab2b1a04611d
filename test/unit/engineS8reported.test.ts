// Reported speech by the frames of reporting verbs (session 8): each test holds sentences written for it,
// never copied from a fixture article.
import * as assert from 'assert';
import { reportedIn } from './engineFound';

suite('engine: reported-speech frames (s8)', () => {
  test('the "that" after "but" belongs to the coordinated verb, not to the first cue', () => {
    assert.deepStrictEqual(reportedIn('The firm said costs rose but warned that profits would fall.'), [['costs rose', 'The firm'], ['profits would fall', 'The firm']]);
    assert.deepStrictEqual(reportedIn('Ida Roth said turnout fell but insisted that the vote was fair.'), [['turnout fell', 'Ida Roth'], ['the vote was fair', 'Ida Roth']]);
  });
});
