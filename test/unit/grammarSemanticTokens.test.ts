/**
 * What the semantic tokens provider marks (src/extension/semanticTokenSpans.ts), on hand-made analyses and
 * on the engine's analysis of the samples.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyze } from '../../src/core';
import type { Analysis, Statement, StatementKind } from '../../src/core/types';
import { mentionForm, semanticSpans } from '../../src/extension/semanticTokenSpans';
import { projectRoot } from './grammarTokenizer';

const TEXT = '"We expect to move quickly," she told reporters. Putin said the talks would go well. The president said no. Bush said it.';

function at(fragment: string, nth = 0): { start: number; end: number; text: string } {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = TEXT.indexOf(fragment, start + 1);
  assert.ok(start >= 0, fragment);
  return { start, end: start + fragment.length, text: fragment };
}

function statement(id: string, kind: StatementKind, mention: string | null, cue: string | null, cueNth = 0): Statement {
  const cueSpan = cue ? { ...at(cue, cueNth), lemma: 'say' } : null;
  return { id, kind, start: 0, end: 1, text: '', speakerId: null, speakerMention: mention ? at(mention) : null, cue: cueSpan };
}

function fakeAnalysis(statements: Statement[], length = TEXT.length): Analysis {
  const structure = { frontMatter: null, headline: null, dateline: null, paragraphs: [], sentences: [], boilerplate: [] };
  return { length, structure, quotes: [], statements, speakers: [], figures: [], terms: [], date: null, problems: [] };
}

suite('Semantic tokens: what is marked', () => {
  test('mention forms: pronouns, roles, names', () => {
    for (const p of ['she', 'He', 'they', 'I', 'it']) assert.strictEqual(mentionForm(p), 'pronoun', p);
    for (const r of ['the president', "Bush's national security adviser", 'U.S. officials', 'a police spokesman', 'police']) assert.strictEqual(mentionForm(r), 'role', r);
    for (const n of ['Bush', 'the Pentagon', 'President Bush', 'Vladimir Putin', 'KCNA', '']) assert.strictEqual(mentionForm(n), 'name', n);
  });

  test('every speaker mention and cue is marked, with its form and the kind of its statement', () => {
    const analysis = fakeAnalysis([
      statement('s1', 'direct', 'she', 'told'),
      statement('s2', 'indirect', 'Putin', 'said', 0),
      statement('s3', 'indirect', 'The president', 'said', 1),
      statement('s4', 'direct', 'Bush', 'said', 2),
    ]);
    const marked = semanticSpans(analysis).map((s) => `${TEXT.slice(s.start, s.end)}:${s.type}.${s.modifier}`);
    assert.deepStrictEqual(marked, [
      'she:function.pronoun', 'told:keyword.quotation', 'Putin:function.name', 'said:keyword.indirect',
      'The president:function.role', 'said:keyword.indirect', 'Bush:function.name', 'said:keyword.quotation',
    ]);
  });

  test('a mention shared by two statements is marked once; spans are sorted and never overlap', () => {
    const analysis = fakeAnalysis([statement('s2', 'indirect', 'she', 'said', 0), statement('s1', 'direct', 'she', 'told')]);
    const spans = semanticSpans(analysis);
    assert.strictEqual(spans.filter((s) => TEXT.slice(s.start, s.end) === 'she').length, 1);
    for (let i = 1; i < spans.length; i++) assert.ok(spans[i].start >= spans[i - 1].end);
  });

  test('spans outside the text or empty are dropped instead of reaching the editor', () => {
    const broken: Statement = { ...statement('s1', 'indirect', 'she', 'said'), speakerMention: { start: 5, end: 5, text: 'she' }, cue: { start: TEXT.length, end: TEXT.length + 4, text: 'said', lemma: 'say' } };
    assert.deepStrictEqual(semanticSpans(fakeAnalysis([broken])), []);
  });

  test('on the samples, every marked span is inside the text and a mention is marked with its own form', () => {
    const samples = path.join(projectRoot(), 'samples');
    for (const file of fs.readdirSync(samples).filter((f) => f.endsWith('.article'))) {
      const text = fs.readFileSync(path.join(samples, file), 'utf8');
      const spans = semanticSpans(analyze(text));
      for (const span of spans) {
        assert.ok(span.start >= 0 && span.end <= text.length && span.start < span.end, `${file}: span ${span.start}-${span.end}`);
        if (span.type === 'function') assert.strictEqual(mentionForm(text.slice(span.start, span.end)), span.modifier, `${file}: ${text.slice(span.start, span.end)}`);
      }
    }
  });
});
