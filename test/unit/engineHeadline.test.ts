// Reports in the headline: a present-tense verb of saying reports a statement there as in the body; demands,
// kickers before a colon and verb forms that are not the headline's verb do not. Every headline here is
// written for the test (none is taken from the annotated articles).
import * as assert from 'assert';
import { analyze } from '../../src/core';
import { found } from './engineFound';

/** The statements of an article with this headline and a body that repeats none of its words. */
function headlineStatements(headline: string): Array<[string, string, string | null]> {
  const a = analyze(`${headline}\n\nMonday, May 1, 2017\n\nThe weather was mild on Monday.\n`);
  const bodyStart = a.structure.paragraphs[0]?.start ?? Infinity;
  return found(a).filter((_, i) => a.statements[i].start < bodyStart);
}

suite('engine: reports in the headline', () => {
  test('"X says …" reports the clause after the verb', () => {
    assert.deepStrictEqual(headlineStatements('Finance minister says pension reform will wait until autumn'), [
      ['indirect', 'pension reform will wait until autumn', 'Finance minister'],
    ]);
  });

  test('"…, say Y": the source after the verb, the content before the comma (no full stop ends a headline)', () => {
    assert.deepStrictEqual(headlineStatements('Coastal towns could flood within a decade, say engineers'), [
      ['indirect', 'Coastal towns could flood within a decade', 'engineers'],
    ]);
  });

  test('a demand is no report: "calls for", "urges", "tells … to"', () => {
    assert.deepStrictEqual(headlineStatements('Teachers union calls for smaller classes'), []);
    assert.deepStrictEqual(headlineStatements('Mayor tells council to repair the bridge'), []);
  });

  test('the kicker before a colon is a topic label, not a cue', () => {
    const statements = headlineStatements('Farm protests: Ministers say subsidies will rise');
    assert.deepStrictEqual(statements, [['indirect', 'subsidies will rise', 'Ministers']]);
  });

  test('a past form in a telegraphic headline is a noun or participle, not the verb ("frees bomb accused")', () => {
    assert.deepStrictEqual(headlineStatements('Court frees bomb accused Maria Lind after retrial'), []);
  });
});
