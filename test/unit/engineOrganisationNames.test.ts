// The name of an organisation that speaks: general rules of news naming. Every sentence here is written for the
// test (none is taken from the annotated articles).
import * as assert from 'assert';
import { analyzeBody, found } from './engineFound';

suite('engine: organisation names opened by an organisation word', () => {
  test('an organisation word before one capitalised word is part of the name, not a title before a surname', () => {
    const a = analyzeBody('Bank Rivermore said the deal was off. Police Northumbria said the road had reopened.');
    assert.deepStrictEqual(found(a), [['indirect', 'the deal was off', 'Bank Rivermore'], ['indirect', 'the road had reopened', 'Police Northumbria']]);
  });

  test('before two capitalised words or a known given name, the organisation word still opens a person\'s name', () => {
    const a = analyzeBody('The Polling Institute Dana Pike said turnout was low. Harbour Authority Tom Reyes said the port was shut.');
    assert.deepStrictEqual(found(a), [['indirect', 'turnout was low', 'Dana Pike'], ['indirect', 'the port was shut', 'Tom Reyes']]);
  });
});

suite('engine: organisation names with a capitalised preposition', () => {
  test('"Without" or "Against" capitalised between name words stays in the name', () => {
    const a = analyzeBody('Teachers Without Frontiers said the schools were full. Parents Against Speeding said the road was unsafe.');
    assert.deepStrictEqual(found(a), [['indirect', 'the schools were full', 'Teachers Without Frontiers'], ['indirect', 'the road was unsafe', 'Parents Against Speeding']]);
  });

  test('in lowercase they are prepositions after the source', () => {
    const a = analyzeBody('Mayor Ola Berg spoke against the plan, saying it was too costly.');
    assert.deepStrictEqual(found(a), [['indirect', 'it was too costly', 'Ola Berg']]);
  });
});

suite('engine: an office after an organisation word', () => {
  test('a title after the organisation word is the office of someone unnamed, not part of the organisation\'s name', () => {
    const a = analyzeBody('The Anglers\' Union Chairman rejected the plan. He said it was unworkable.');
    assert.deepStrictEqual(found(a), [['indirect', 'it was unworkable', 'The Anglers\' Union Chairman']]);
  });
});
