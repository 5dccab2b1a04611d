// Verbs that take their content only after "that" ("observed that …", "ruled that …") closing a sentence after
// it instead. Every sentence here is written for the test (none is taken from the annotated articles).
import * as assert from 'assert';
import { analyzeBody, found } from './engineFound';

suite('engine: a that-only verb closing its sentence', () => {
  test('"…, the judge observed." and "…, the court ruled." report the clause before them', () => {
    const a = analyzeBody('The witness had been coached, the judge observed. The contract was void, the appeals court ruled.');
    assert.deepStrictEqual(found(a), [['indirect', 'The witness had been coached', 'the judge'], ['indirect', 'The contract was void', 'the appeals court']]);
  });

  test('no content after "and" or a fronted subordinate clause, and "agreed" alone reports nothing', () => {
    const a = analyzeBody('When the appeal came, the court ruled. The appeal was heard in May, and the court ruled. After hours of talks, the panel agreed.');
    assert.deepStrictEqual(found(a), []);
  });
});
