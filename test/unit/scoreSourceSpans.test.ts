import * as assert from 'assert';
import { scoreArticle, type Gold } from '../../scripts/score';

// Gold converted from PolNeAR marks where the source is written (sourceSpans, code points); ../shared/tools/score.py
// then accepts a predicted speaker mention that overlaps it, whatever name the speaker was resolved to.
suite('score: gold with source spans', () => {
  const text = 'The mayor spoke. He said the bridge would reopen in May.';
  const contentStart = text.indexOf('the bridge');
  const gold: Gold = {
    article: 'a.txt',
    statements: [{ kind: 'indirect', text: 'the bridge would reopen in May', speaker: 'He', sourceSpans: [[17, 19]] }],
  };
  const statement = (mention: { start: number; end: number } | null, name: string) => ({
    kind: 'indirect', start: contentStart, end: text.length - 1, speaker: { name }, speakerMention: mention,
  });

  test('a mention overlapping the source span is right, whatever the resolved name', () => {
    const r = scoreArticle(text, gold, { statements: [statement({ start: 17, end: 19 }, 'the mayor')] });
    assert.deepStrictEqual([r.indirect.match, r.indirect.spk], [1, 1]);
  });

  test('a mention elsewhere with a name that does not match is wrong', () => {
    const r = scoreArticle(text, gold, { statements: [statement({ start: 0, end: 9 }, 'the mayor')] });
    assert.deepStrictEqual([r.indirect.match, r.indirect.spk], [1, 0]);
  });

  test('without a mention the name is compared as for any gold', () => {
    const r = scoreArticle(text, gold, { statements: [statement(null, 'He')] });
    assert.deepStrictEqual([r.indirect.match, r.indirect.spk], [1, 1]);
  });
});
