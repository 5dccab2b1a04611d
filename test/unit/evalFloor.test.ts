// The engine's figures on the annotated articles must not fall below the committed floor (a little under
// what it reaches), and the project's scorer must compute what ../shared/tools/score.py computes.
import * as assert from 'assert';
import { evaluateSet } from '../../scripts/eval';
import { scoreArticle, speakerOk, summarize } from '../../scripts/score';

/**
 * End-to-end F1 floors: dev = the shared dev gold copied into test/fixtures/gold, own = test/fixtures/gold-extra,
 * dev2–dev4 and dev6–dev17 = AMALGUM Wikinews articles annotated blind and then used to develop rules; holdout
 * (test/fixtures/gold-holdout), dev18 and dev19 were never used to develop rules: their floors only guard against
 * regressions on text the rules were not written for; dev20 and dev21 (eleventh session) floors were set from their first,
 * blind score. unseen and unseen2 (test/fixtures/gold-unseen, gold-unseen2) have no floor: their READMEs
 * keep them out of every test that gates the build, since a floor invites tuning; `npm run eval` measures them.
 */
const FLOOR = {
  dev: { quote: 0.91, indirect: 0.96 },
  own: { quote: 0.96, indirect: 0.94 },
  dev2: { quote: 0.94, indirect: 0.97 },
  dev3: { quote: 0.92, indirect: 0.92 },
  dev4: { quote: 0.92, indirect: 0.93 },
  holdout: { quote: 0.92, indirect: 0.88 },
  dev6: { quote: 0.92, indirect: 0.90 },
  dev7: { quote: 0.92, indirect: 0.80 },
  dev8: { quote: 0.94, indirect: 0.82 },
  dev9: { quote: 0.92, indirect: 0.82 },
  dev10: { quote: 0.93, indirect: 0.81 },
  dev11: { quote: 0.88, indirect: 0.82 },
  dev12: { quote: 0.92, indirect: 0.83 },
  dev13: { quote: 0.93, indirect: 0.87 },
  dev14: { quote: 0.95, indirect: 0.80 },
  dev15: { quote: 0.92, indirect: 0.81 },
  dev16: { quote: 0.87, indirect: 0.67 },
  dev17: { quote: 0.94, indirect: 0.80 },
  dev18: { quote: 0.88, indirect: 0.59 },
  dev19: { quote: 0.93, indirect: 0.82 },
  dev20: { quote: 0.87, indirect: 0.74 },
  dev21: { quote: 0.87, indirect: 0.64 },
};

suite('evaluation floor', () => {
  const SETS = [
    ['dev', 'test/fixtures/gold'], ['own', 'test/fixtures/gold-extra'], ['dev2', 'test/fixtures/gold-dev2'],
    ['dev3', 'test/fixtures/gold-dev3'], ['dev4', 'test/fixtures/gold-dev4'], ['holdout', 'test/fixtures/gold-holdout'],
    ['dev6', 'test/fixtures/gold-dev6'], ['dev7', 'test/fixtures/gold-dev7'], ['dev8', 'test/fixtures/gold-dev8'],
    ['dev9', 'test/fixtures/gold-dev9'], ['dev10', 'test/fixtures/gold-dev10'], ['dev11', 'test/fixtures/gold-dev11'],
    ['dev12', 'test/fixtures/gold-dev12'], ['dev13', 'test/fixtures/gold-dev13'], ['dev14', 'test/fixtures/gold-dev14'],
    ['dev15', 'test/fixtures/gold-dev15'], ['dev16', 'test/fixtures/gold-dev16'], ['dev17', 'test/fixtures/gold-dev17'],
    ['dev18', 'test/fixtures/gold-dev18'], ['dev19', 'test/fixtures/gold-dev19'], ['dev20', 'test/fixtures/gold-dev20'],
    ['dev21', 'test/fixtures/gold-dev21'],
  ] as const;
  for (const [set, dir] of SETS) {
    test(`${set}: end-to-end F1 stays above the floor`, () => {
      const r = evaluateSet(dir);
      assert.ok(r.quote.gold > 0 && r.indirect.gold > 0, `${dir} holds no gold statements`);
      assert.ok(r.quote.e2eF1 >= FLOOR[set].quote, `${set} quotations: end-to-end F1 ${r.quote.e2eF1.toFixed(3)} < ${FLOOR[set].quote}`);
      assert.ok(r.indirect.e2eF1 >= FLOOR[set].indirect, `${set} indirect: end-to-end F1 ${r.indirect.e2eF1.toFixed(3)} < ${FLOOR[set].indirect}`);
    });
  }
});

suite('scorer (port of score.py)', () => {
  const text = 'Intro. "We will go," Bush said. He said Putin agreed. 😀 "Yes," said Putin.';
  const gold = {
    article: 'x',
    statements: [
      { kind: 'direct', text: 'We will go,', speaker: 'George W. Bush', aliases: ['President Bush'] },
      { kind: 'indirect', text: 'Putin agreed', speaker: 'Bush' },
      { kind: 'direct', text: 'Yes,', speaker: 'Vladimir Putin' },
    ],
  };
  const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });

  test('matches by overlap, trims punctuation, maps UTF-16 offsets to code points', () => {
    const pred = { statements: [
      { kind: 'direct', ...at('We will go'), speaker: { name: 'Bush' } },
      { kind: 'indirect', ...at('He said Putin agreed'), speaker: { name: 'Bush' } },
      { kind: 'direct', ...at('Yes'), speaker: { name: 'Putin' } },
    ] };
    const r = scoreArticle(text, gold, pred);
    assert.deepStrictEqual([r.quote.gold, r.quote.pred, r.quote.match, r.quote.spk], [2, 2, 2, 2]);
    // "He said Putin agreed" vs "Putin agreed": 12/20 of the prediction overlaps, above the 0.5 threshold.
    assert.deepStrictEqual([r.indirect.match, r.indirect.spk], [1, 1]);
  });

  test('a span overlapping less than half is a miss and an extra', () => {
    const r = scoreArticle(text, gold, { statements: [{ kind: 'indirect', ...at('Intro. "We will go," Bush said. He said Putin agreed'), speaker: null }] });
    assert.deepStrictEqual([r.indirect.match, r.indirect.misses.length, r.indirect.fps.length], [0, 1, 1]);
  });

  test('speaker_ok: surname key, alias norm, joint names, titles ignored', () => {
    assert.ok(speakerOk({ kind: 'direct', text: '', speaker: 'Vladimir Putin' }, { name: 'Putin' }));
    assert.ok(speakerOk({ kind: 'direct', text: '', speaker: 'Bush; Vladimir Putin' }, { name: 'Bush and Putin' }));
    assert.ok(speakerOk({ kind: 'direct', text: '', speaker: 'Korean Central News Agency', aliases: ['KCNA'] }, { name: 'KCNA' }));
    assert.ok(!speakerOk({ kind: 'direct', text: '', speaker: 'Korean Central News Agency' }, { name: 'KCNA' }));
    assert.ok(!speakerOk({ kind: 'direct', text: '', speaker: 'Condoleezza Rice' }, { name: 'President Bush' }));
    assert.ok(!speakerOk({ kind: 'direct', text: '', speaker: 'Rice' }, null));
  });

  test('summaries: precision, recall, end-to-end F1', () => {
    const s = summarize({ gold: 4, pred: 2, match: 2, spk: 1 });
    assert.strictEqual(s.P, 1);
    assert.strictEqual(s.R, 0.5);
    assert.strictEqual(s.speakerAcc, 0.5);
    assert.ok(Math.abs(s.e2eF1 - 2 * 0.5 * 0.25 / 0.75) < 1e-12);
  });
});
