// The parts of incremental analysis (src/core/incremental): what an edit left unchanged (TextDelta), the
// window of text a paragraph's figures depend on, copying a paragraph's tokens, and the worker's bounded set
// of per-document analyzers. That the whole gives analyze's answer is engineIncremental.test.ts.
import * as assert from 'assert';
import * as fc from 'fast-check';
import * as fs from 'fs';
import * as path from 'path';
import * as v8 from 'v8';
import * as vm from 'vm';
import { analyze, IncrementalAnalyzer } from '../../src/core';
import { buildDoc } from '../../src/core/doc';
import { TextDelta } from '../../src/core/incremental/textDelta';
import { TokenReuse } from '../../src/core/incremental/tokenReuse';
import { windowEnd } from '../../src/core/incremental/figureWindow';
import { DocumentAnalyzers } from '../../src/extension/documentAnalyzers';
import { keepRunsAfterEdit, wordRunsOf } from '../../src/core/knowledge/wordRuns';

const runsOf = (text: string) => {
  const r = wordRunsOf(text);
  return Array.from({ length: r.count }, (_, k) => [r.starts[k], r.ends[k]]);
};

const tokensOf = (text: string) => {
  const t = buildDoc(text).tokens;
  return Array.from({ length: t.length }, (_, k) => [t.start[k], t.end[k], t.lower[k], t.kind[k], t.cap[k], t.abbr[k], t.para[k], t.sent[k], t.wordId[k]]);
};

suite('Incremental analysis: parts', () => {
  test('TextDelta: the common prefix and suffix, and where an unchanged range of either text stands in the other', () => {
    const delta = new TextDelta('Alpha beta.\n\nGamma delta.', 'Alpha beta.\n\nGamma, delta.');
    assert.deepStrictEqual([delta.prefix, delta.suffix, delta.shift], [18, 7, 1]);
    assert.strictEqual(delta.oldStart(0, 11), 0, 'the first paragraph is in the prefix');
    assert.strictEqual(delta.oldStart(13, 27), -1, 'the edited paragraph');
    assert.strictEqual(delta.oldStart(19, 26), 18, 'in the suffix, moved by the edit');
    assert.strictEqual(delta.newStart(18, 25), 19);
    assert.strictEqual(delta.newStart(13, 25), -1);
  });

  test('TextDelta: a window reaching the end of the old text must reach the end of the new one', () => {
    // "No." at the end: its tokens read past it, and the new text goes on where the old one stopped.
    const delta = new TextDelta('See No.', 'See No. 5');
    assert.strictEqual(delta.newStart(0, 7), -1);
    assert.strictEqual(new TextDelta('See No.', 'See No.').newStart(0, 7), 0);
    // The prefix and the suffix never overlap: "aa" → "aaa" is one insertion.
    const grown = new TextDelta('aa', 'aaa');
    assert.ok(grown.prefix + grown.suffix <= 2);
  });

  test('figure window: to the first character no number can run on through, then 128 more; none without such a stop', () => {
    const text = 'It cost 5\n\nmillion dollars, they said, and the rest.';
    assert.strictEqual(windowEnd(text, 9), Math.min(text.length, text.indexOf(',') + 128));
    assert.strictEqual(windowEnd('a 5. Then', 3), 'a 5. Then'.length, 'clipped to the text');
    // "5,000" and "3.5" go on through their comma and dot; "5, then" stops at the comma.
    assert.strictEqual(windowEnd(`x 1\n\n5,000 ${'z'.repeat(200)}; ${'y'.repeat(300)}`, 3), 'x 1\n\n5,000 '.length + 200 + 128);
    assert.strictEqual(windowEnd(`x 1\n\n5, then${'z'.repeat(400)}`, 3), 6 + 128);
    assert.strictEqual(windowEnd(`x 1 ${'million '.repeat(300)}.`, 3), -1, 'no stop within 2,048 characters');
  });

  test('token reuse: unchanged paragraphs are copied at their new offsets, giving the tokens of a fresh tokenization', () => {
    const before = 'Talks\n\n"We will," Rice said.\n\nMr. Bush met Putin.\n\nNo. 5 was next.';
    const after = before.replace('Rice', 'Condoleezza Rice');
    const reuse = new TokenReuse(buildDoc(before), new TextDelta(before, after));
    const doc = buildDoc(after, reuse);
    assert.strictEqual(reuse.copied, 2, 'the two paragraphs after the edit');
    assert.deepStrictEqual(tokensOf(after), Array.from({ length: doc.tokens.length }, (_, k) => [doc.tokens.start[k], doc.tokens.end[k], doc.tokens.lower[k], doc.tokens.kind[k], doc.tokens.cap[k], doc.tokens.abbr[k], doc.tokens.para[k], doc.tokens.sent[k], doc.tokens.wordId[k]]));
  });

  test('word runs after an edit: copied before it, moved after it, scanned between: the runs of a fresh scan', () => {
    const piece = fc.constantFrom('a', 'B', '7', ' ', '.', '-', "'", 'é', '\u0301', '𝐀', '\ud835', '\udc00', '😀', '\n', '’', 'ſ');
    const text = fc.array(piece, { maxLength: 60 }).map((p) => p.join(''));
    fc.assert(fc.property(text, text, fc.nat(), fc.nat(), (before, inserted, at, cut) => {
      const start = at % (before.length + 1);
      const after = before.slice(0, start) + inserted + before.slice(start + (cut % 4));
      wordRunsOf(before);
      keepRunsAfterEdit(after, new TextDelta(before, after));
      const kept = runsOf(after);
      wordRunsOf('-');
      assert.deepStrictEqual(kept, runsOf(after));
    }), { numRuns: 3000 });
  });

  test('IncrementalAnalyzer: the same analysis as analyze, and a reset or an unrelated text starts afresh', () => {
    const analyzer = new IncrementalAnalyzer();
    const text = 'Talks end\n\nBush met Putin in Genoa on Sunday, for talks that went on late into the night, aides said.\n\n"We will not accept it," Putin said of the 2,000 troops.\n\nBush said about 40 percent agreed.';
    assert.deepStrictEqual(analyzer.analyze(text), analyze(text));
    const edited = text.replace('Bush met', 'President Bush met');
    assert.deepStrictEqual(analyzer.analyze(edited), analyze(edited));
    // The figures of the headline and of the edited paragraph are found again: the headline's window runs on
    // 320 characters past it, into the edit; the other two paragraphs' windows start after it.
    assert.deepStrictEqual(analyzer.reused, { paragraphs: 2, figureStretches: 2 });
    analyzer.reset();
    assert.deepStrictEqual(analyzer.analyze(edited), analyze(edited));
    assert.deepStrictEqual(analyzer.reused, { paragraphs: 0, figureStretches: 0 });
  });

  test('an analyzer holds one previous version: the heap does not grow with the number of edits', function () {
    this.timeout(60_000);
    v8.setFlagsFromString('--expose-gc');
    const gc = vm.runInNewContext('gc') as () => void;
    const dir = path.resolve(__dirname, '../../../test/fixtures/wikinews');
    let text = fs.readdirSync(dir).filter((f) => f.endsWith('.article')).sort().map((f) => fs.readFileSync(path.join(dir, f), 'utf8')).join('\n\n');
    text = `${text}\n\n${text}\n\n${text}`;
    const analyzer = new IncrementalAnalyzer();
    const heapAfter = (edits: number) => {
      for (let i = 0; i < edits; i++) analyzer.analyze((text = `${text.slice(0, text.length >> 1)}"Edit ${i}," he said. ${text.slice(text.length >> 1)}`));
      gc();
      gc();
      return process.memoryUsage().heapUsed;
    };
    const start = heapAfter(3);
    // Each version kept would hold its text (~0.6 MB here) and its figures: 25 more would be over 15 MB.
    const growth = heapAfter(25) - start;
    assert.ok(growth < 8e6, `the heap grew ${(growth / 1e6).toFixed(1)} MB over 25 edits`);
  });

  test('DocumentAnalyzers: one per document, the least recently used let go past the bounds, dropped on close', () => {
    const set = new DocumentAnalyzers(2, 100);
    const a = set.of('a');
    assert.strictEqual(set.of('a'), a);
    a.analyze('x'.repeat(60));
    set.of('b').analyze('y'.repeat(30));
    set.trim('b');
    assert.strictEqual(set.size, 2);
    set.of('c').analyze('z'.repeat(30));
    set.trim('c');
    assert.strictEqual(set.size, 2, 'three documents: the oldest, "a", goes');
    assert.notStrictEqual(set.of('a'), a);
    set.of('d').analyze('w'.repeat(99));
    set.trim('d');
    assert.strictEqual(set.size, 2, 'over the characters: "b" and "c" go; the new "a" holds nothing yet');
    assert.strictEqual(set.of('d').heldLength, 99);
    set.drop('d');
    assert.strictEqual(set.size, 1);
  });
});
