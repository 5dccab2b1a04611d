// Mixed statements: quoted fragments of a source's words inside the reporter's sentence.
import * as assert from 'assert';
import { analyze } from '../../src/core';

const statementsOf = (text: string) => {
  const a = analyze(`Headline\n\n${text}\n`);
  const names = new Map(a.speakers.map((s) => [s.id, s.name]));
  return a.statements.map((s) => [s.kind, s.text, names.get(s.speakerId ?? '') ?? ''] as const);
};

suite('engine: mixed fragments', () => {
  test('a quoted noun phrase right after its cue verb is a fragment, not a full quotation', () => {
    assert.deepStrictEqual(statementsOf('Harbour master Elwin Tusk vowed "an end to the dumping" in the bay.'), [['mixed', 'an end to the dumping', 'Elwin Tusk']]);
    assert.deepStrictEqual(statementsOf('Elwin Tusk demanded “swift repairs to the sea wall”.'), [['mixed', 'swift repairs to the sea wall', 'Elwin Tusk']]);
  });

  test('a quoted clause, a capitalised quotation or a bracketed first letter after the verb stays direct', () => {
    assert.deepStrictEqual(statementsOf('Elwin Tusk promised "the wall will hold this winter".'), [['direct', 'the wall will hold this winter', 'Elwin Tusk']]);
    assert.deepStrictEqual(statementsOf('Elwin Tusk said "[t]he wall will hold this winter".'), [['direct', '[t]he wall will hold this winter', 'Elwin Tusk']]);
  });

  test('a content clause coordinated by "and that" after a fragment is the same source\'s indirect statement', () => {
    assert.deepStrictEqual(statementsOf('Elwin Tusk said the harbour was "in a sorry state" and that dredging would start in May.'), [
      ['mixed', 'in a sorry state', 'Elwin Tusk'],
      ['indirect', 'dredging would start in May', 'Elwin Tusk'],
    ]);
    // A quotation inside the second clause is that clause's statement.
    assert.deepStrictEqual(statementsOf('Elwin Tusk said the harbour was "in a sorry state" and that dredging was "long overdue".'), [
      ['mixed', 'in a sorry state', 'Elwin Tusk'],
      ['mixed', 'long overdue', 'Elwin Tusk'],
    ]);
  });

  test('a title with "to" inside reported speech stays part of the indirect content, not a fragment', () => {
    assert.deepStrictEqual(statementsOf('Elwin Tusk said the play "Return to Harrowgate" had sold out.'), [['indirect', 'the play "Return to Harrowgate" had sold out', 'Elwin Tusk']]);
  });
});
