import * as assert from 'assert';
import { withAttribution } from '../../src/core/export/attribution';
import type { Analysis, Statement } from '../../src/core/types';
import { buildAnalysis, excerptAnalysis } from './extFixture';

function copy(analysis: Analysis, words: string): string {
  const statement = analysis.statements.find((s) => s.text === words);
  assert.ok(statement, `no statement ${words}`);
  return withAttribution(statement, analysis.speakers.find((s) => s.id === statement.speakerId) ?? null);
}

function single(text: string, spec: Parameters<typeof buildAnalysis>[2][number]): string {
  const analysis = buildAnalysis(text, spec.speaker ? [{ name: spec.speaker }] : [], [spec]);
  return copy(analysis, spec.words);
}

suite('Copy statement with attribution', () => {
  const excerpt = excerptAnalysis();

  test('names the speaker in full where the article says "she"', () => {
    assert.strictEqual(copy(excerpt, 'We expect to move quickly,'), '“We expect to move quickly,” Condoleezza Rice told reporters.');
  });

  test('a direct quotation ending in a period ends in a comma before the cue', () => {
    const text = '"I believe we\'ll come up with an accord." Bush said.';
    assert.strictEqual(single(text, { words: "I believe we'll come up with an accord.", speaker: 'Bush', mention: 'Bush', cue: 'said' }), '“I believe we\'ll come up with an accord,” Bush said.');
  });

  test('a question keeps its question mark', () => {
    const text = '"Why now?" Rice asked.';
    assert.strictEqual(single(text, { words: 'Why now?', speaker: 'Rice', mention: 'Rice', cue: 'asked' }), '“Why now?” Rice asked.');
  });

  test('a quotation with no cue gets no invented verb', () => {
    assert.strictEqual(copy(excerpt, 'We clearly want an aggressive schedule.'), 'Condoleezza Rice: “We clearly want an aggressive schedule.”');
  });

  test('reported speech reads as a sentence naming the speaker', () => {
    assert.strictEqual(copy(excerpt, 'neither country is ready to discuss details'), 'Vladimir Putin cautioned neither country is ready to discuss details.');
  });

  test('a quoted fragment keeps its marks', () => {
    assert.strictEqual(copy(excerpt, 'unexpected,'), 'Vladimir Putin said “unexpected.”');
  });

  test('"according to" puts the source after the content', () => {
    const text = 'The talks will resume in May, according to the ministry.';
    const copied = single(text, { words: 'The talks will resume in May', kind: 'indirect', speaker: 'the ministry', mention: 'the ministry', cue: 'according to' });
    assert.strictEqual(copied, 'The talks will resume in May, according to the ministry.');
  });

  test('a quoted fragment with "according to" keeps its words untouched, comma inside the marks', () => {
    const text = 'The army must prepare a "quasi-state of war", according to Yonhap.';
    const copied = single(text, { words: 'quasi-state of war', kind: 'mixed', speaker: 'Yonhap', mention: 'Yonhap', cue: 'according to' });
    assert.strictEqual(copied, '“quasi-state of war,” according to Yonhap.');
  });

  test('joint sources read "A and B"; a sentence starting with a description gets a capital', () => {
    const text = 'Bush and Putin said "major changes" compelled them. The administration said talks were useful.';
    const analysis = buildAnalysis(text, [{ name: 'Bush; Vladimir Putin' }, { name: 'the administration' }], [
      { words: 'major changes', kind: 'mixed', speaker: 'Bush; Vladimir Putin', cue: 'said' },
      { words: 'talks were useful', kind: 'indirect', speaker: 'the administration', cue: 'said' },
    ]);
    assert.strictEqual(copy(analysis, 'major changes'), 'Bush and Vladimir Putin said “major changes.”');
    assert.strictEqual(copy(analysis, 'talks were useful'), 'The administration said talks were useful.');
  });

  test('quotation marks inside the quotation become single marks', () => {
    const text = '"It is a \u201cnew\u201d framework," Rice said.';
    assert.strictEqual(single(text, { words: 'It is a \u201cnew\u201d framework,', speaker: 'Rice', mention: 'Rice', cue: 'said' }), '“It is a ‘new’ framework,” Rice said.');
  });

  test('line breaks inside a quotation become spaces', () => {
    const text = '"We have agreed\nto find common ground," Bush said.';
    assert.strictEqual(single(text, { words: 'We have agreed\nto find common ground,', speaker: 'Bush', mention: 'Bush', cue: 'said' }), '“We have agreed to find common ground,” Bush said.');
  });

  test('an unattributed quotation says so', () => {
    assert.strictEqual(copy(excerpt, 'Nobody knows,'), '“Nobody knows,” (unattributed)');
  });

  test('an inverted cue ("Said Putin") reads in normal order', () => {
    const statement: Statement = { id: 's', kind: 'direct', start: 0, end: 3, text: 'No.', speakerId: 'p', speakerMention: null, cue: { start: 5, end: 9, text: 'Said', lemma: 'say' } };
    assert.strictEqual(withAttribution(statement, { id: 'p', name: 'Putin', aliases: [], role: null, kind: 'person', statementCount: 1, mentions: [] }), '“No,” Putin said.');
  });
});
