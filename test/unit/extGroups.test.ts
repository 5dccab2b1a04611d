import * as assert from 'assert';
import { groupBySpeaker, speakerRuns, statementKeys, UNATTRIBUTED_KEY } from '../../src/core/export/groups';
import { buildAnalysis, excerptAnalysis } from './extFixture';

const names = (groups: ReturnType<typeof groupBySpeaker>) => groups.map((g) => g.speaker?.name ?? '(unattributed)');

suite('Speakers view grouping', () => {
  const analysis = excerptAnalysis();

  test('first appearance order (Putin is named in the headline), statements in reading order, unattributed last', () => {
    const groups = groupBySpeaker(analysis, { sort: 'appearance', showUnattributed: true });
    assert.deepStrictEqual(names(groups), ['Bush', 'Vladimir Putin', 'Condoleezza Rice', '(unattributed)']);
    assert.deepStrictEqual(groups[2].statements.map((s) => s.text), ['We expect to move quickly,', 'We clearly want an aggressive schedule.']);
  });

  test('by number of statements, ties in order of appearance', () => {
    assert.deepStrictEqual(names(groupBySpeaker(analysis, { sort: 'count', showUnattributed: false })), ['Vladimir Putin', 'Condoleezza Rice', 'Bush']);
  });

  test('by name, ignoring case', () => {
    const text = '"A," zoe said. "B," Adam said.';
    const mixed = buildAnalysis(text, [{ name: 'zoe' }, { name: 'Adam' }], [{ words: 'A,', speaker: 'zoe' }, { words: 'B,', speaker: 'Adam' }]);
    assert.deepStrictEqual(names(groupBySpeaker(mixed, { sort: 'name', showUnattributed: true })), ['Adam', 'zoe']);
  });

  test('a kind filter hides statements, and speakers left with none', () => {
    const groups = groupBySpeaker(analysis, { sort: 'appearance', kinds: ['indirect', 'mixed'], showUnattributed: true });
    assert.deepStrictEqual(names(groups), ['Vladimir Putin']);
    assert.strictEqual(groups[0].statements.length, 2);
  });

  test('the Unattributed group can be turned off', () => {
    const groups = groupBySpeaker(analysis, { sort: 'appearance', showUnattributed: false });
    assert.ok(!groups.some((g) => g.key === UNATTRIBUTED_KEY));
  });

  test('keys survive text inserted before the statements, and stay unique for repeated words', () => {
    const before = groupBySpeaker(analysis, { sort: 'appearance', showUnattributed: true });
    const shifted = excerptWithPrefix('A new first paragraph.\n\n');
    const after = groupBySpeaker(shifted, { sort: 'appearance', showUnattributed: true });
    assert.deepStrictEqual(after.map((g) => g.key), before.map((g) => g.key));
    assert.deepStrictEqual(after.map(statementKeys), before.map(statementKeys));
    const text = '"Yes," Bush said. "Yes," Bush said.';
    const twice = buildAnalysis(text, [{ name: 'Bush' }], [{ words: 'Yes,', speaker: 'Bush' }, { words: 'Yes,', speaker: 'Bush' }]);
    const keys = statementKeys(groupBySpeaker(twice, { sort: 'appearance', showUnattributed: true })[0]);
    assert.strictEqual(new Set(keys).size, 2);
  });
});

/** The excerpt's analysis with every span moved by a prefix, as the engine would give after an insertion. */
function excerptWithPrefix(prefix: string) {
  const base = excerptAnalysis();
  const move = <T extends { start: number; end: number }>(s: T): T => ({ ...s, start: s.start + prefix.length, end: s.end + prefix.length });
  return {
    ...base,
    statements: base.statements.map((s) => ({ ...move(s), id: `moved-${s.id}`, speakerId: s.speakerId && `moved-${s.speakerId}`, speakerMention: s.speakerMention && move(s.speakerMention), cue: s.cue && move(s.cue) })),
    speakers: base.speakers.map((s) => ({ ...s, id: `moved-${s.id}`, mentions: s.mentions.map(move) })),
  };
}

suite('Speaker runs (the Outline)', () => {
  test('statements in reading order, cut where the speaker changes', () => {
    const text = '"A," Bush said. "B," Bush said. "C," Putin said. "D," Bush said. "E."';
    const analysis = buildAnalysis(text, [{ name: 'Bush' }, { name: 'Putin' }], [
      { words: 'A,', speaker: 'Bush' }, { words: 'B,', speaker: 'Bush' }, { words: 'C,', speaker: 'Putin' }, { words: 'D,', speaker: 'Bush' }, { words: 'E.', speaker: null },
    ]);
    const runs = speakerRuns(analysis).map((r) => [r.speaker?.name ?? null, r.statements.map((s) => s.text).join(' ')]);
    assert.deepStrictEqual(runs, [['Bush', 'A, B,'], ['Putin', 'C,'], ['Bush', 'D,'], [null, 'E.']]);
  });
});
