// Quoted words after a verb of naming ("called", "described as", "hailed as"): whose words they are when the
// verb sits in a relative clause or in the passive with its agent after the quotation. Every sentence here is
// written for the test (none is taken from the annotated articles).
import * as assert from 'assert';
import { analyzeBody, found } from './engineFound';

const statementOf = (text: string, fragment: string) => found(analyzeBody(text)).find(([, t]) => t.includes(fragment));

suite('engine: quotations after verbs of naming', () => {
  test('"what she called "…"": the relative clause\'s subject said the words', () => {
    const text = 'Councillor Maria Okafor walked out of the budget meeting in protest at what she called "a betrayal of every tenant in the borough".';
    assert.deepStrictEqual(statementOf(text, 'a betrayal of every tenant'), ['mixed', 'a betrayal of every tenant in the borough', 'Maria Okafor']);
  });

  test('"which the minister dubbed "…"": a role noun after a relative pronoun is the subject', () => {
    const text = 'The rail plan, which the transport minister dubbed "a fantasy on stilts", was dropped on Friday.';
    assert.deepStrictEqual(statementOf(text, 'a fantasy on stilts'), ['mixed', 'a fantasy on stilts', 'the transport minister']);
  });

  test('a naming participle after a noun still names a thing ("a charity called "…"")', () => {
    const text = 'The money went to a small local charity called "Bread for Tomorrow", which runs two food banks.';
    assert.deepStrictEqual(found(analyzeBody(text)), []);
  });

  test('"was described as "…" by X": the agent after the quotation said the words', () => {
    const text = 'The new stadium budget was described as "reckless and unaccountable" by opposition leader Dev Patel.';
    assert.deepStrictEqual(statementOf(text, 'reckless'), ['mixed', 'reckless and unaccountable', 'Dev Patel']);
  });

  test('"was hailed as a "…" by X": an article may stand between "as" and the quotation', () => {
    const text = 'The ferry captain was hailed as a "quiet hero" by the mayor of the island on Sunday.';
    assert.match(statementOf(text, 'quiet hero')?.[2] ?? '', /mayor/);
  });

  test('a name given "by" someone without a verb of judgement is no statement ("written by")', () => {
    const text = 'The anthem "Rise Again" by the band Northline was played at the opening.';
    assert.deepStrictEqual(found(analyzeBody(text)), []);
  });
  test('"in what the commissioner has called "…"": a perfect is a verb whose subject said the words', () => {
    const text = 'The port reopened on Friday, in what the regional transport commissioner has called "a fresh start for the fishing fleet".';
    assert.deepStrictEqual(statementOf(text, 'a fresh start'), ['mixed', 'a fresh start for the fishing fleet', 'the regional transport commissioner']);
  });
});
