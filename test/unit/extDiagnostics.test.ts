import * as assert from 'assert';
import { articleDiagnostics } from '../../src/extension/diagnosticsModel';
import type { Quote } from '../../src/core/types';
import { buildAnalysis, EXCERPT, excerptAnalysis } from './extFixture';

suite('Diagnostics model', () => {
  test('an unattributed quotation is reported on its words, at the configured severity', () => {
    const found = articleDiagnostics(excerptAnalysis());
    assert.deepStrictEqual(found.map((d) => [d.code, EXCERPT.slice(d.start, d.end), d.level]), [['unattributed-quote', 'Nobody knows,', 'configured']]);
  });

  test('an engine problem for the same quotation is not reported twice', () => {
    const base = excerptAnalysis();
    const nobody = base.statements.find((s) => s.speakerId === null)!;
    const problem = { start: nobody.start - 1, end: nobody.end + 1, code: 'unattributed-quote' as const, message: 'No speaker.' };
    const found = articleDiagnostics({ ...base, problems: [problem] });
    assert.deepStrictEqual(found.map((d) => d.message), ['No speaker.']);
  });

  test('a quotation mark that never closes is reported on the opening mark', () => {
    const text = 'Headline\n\nBush said: "We will see about that.\n\nNext paragraph.';
    const open = text.indexOf('"');
    const quote: Quote = { start: open + 1, end: text.indexOf('\n\nNext'), text: 'We will see about that.', open: { start: open, end: open + 1 }, close: null, role: 'statement' };
    const problem = { start: open, end: quote.end, code: 'unclosed-quote' as const, message: 'This quotation mark is never closed.' };
    const found = articleDiagnostics(buildAnalysis(text, [], [], [problem], [quote]));
    assert.deepStrictEqual(found.map((d) => [d.code, d.start, d.end]), [['unclosed-quote', open, open + 1]]);
  });

  test('a weak merge is informational, on the mention under the other name', () => {
    const text = 'George Bush spoke. Later, Laura Bush said "fine," and Bush left.';
    const analysis = buildAnalysis(text, [{ name: 'George Bush', aliases: ['Laura Bush'], mentions: ['George Bush', 'Laura Bush'], weakMerge: 'merged only by the shared surname Bush' }], [{ words: 'fine,', speaker: 'George Bush', mention: 'Laura Bush', cue: 'said' }]);
    const found = articleDiagnostics(analysis);
    assert.deepStrictEqual(found.map((d) => [d.code, text.slice(d.start, d.end), d.level]), [['weak-merge', 'Laura Bush', 'information']]);
    assert.match(found[0].message, /shared surname/);
  });

  test('a truncated analysis is not a diagnostic (the status bar reports it)', () => {
    const analysis = { ...excerptAnalysis(), statements: [], problems: [{ start: 10, end: 20, code: 'truncated' as const, message: 'Only the first 10 characters were analysed.' }] };
    assert.deepStrictEqual(articleDiagnostics(analysis), []);
  });
});
