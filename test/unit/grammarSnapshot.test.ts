/**
 * Snapshot tests: every sample article and the tricky-lines fixture, tokenized with the Article grammar,
 * must match test/fixtures/grammar/<name>.snap token for token. After an intended grammar change, review the
 * diff and regenerate with `UPDATE_SNAPSHOTS=1 npx mocha dist/test/unit/grammarSnapshot.test.js`.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import type { IGrammar } from 'vscode-textmate';
import { loadArticleGrammar, projectRoot, splitLines, tokenizeText } from './grammarTokenizer';

const root = projectRoot();
const snapshotDir = path.join(root, 'test', 'fixtures', 'grammar');
const update = process.env.UPDATE_SNAPSHOTS === '1';

/** The files snapshotted: every sample, and the tricky lines. */
function snapshotSources(): string[] {
  const samples = fs.readdirSync(path.join(root, 'samples')).filter((f) => f.endsWith('.article')).sort();
  return [...samples.map((f) => path.join('samples', f)), path.join('test', 'fixtures', 'grammar', 'tricky.article')];
}

/** One line per scoped token under each text line: `  start-end "text" scopes` (the root scope left out). */
export function renderSnapshot(grammar: IGrammar, text: string, source: string): string {
  const out = [`# Article grammar tokens of ${source.split(path.sep).join('/')}`, '# Regenerate: UPDATE_SNAPSHOTS=1 npx mocha dist/test/unit/grammarSnapshot.test.js'];
  const lines = splitLines(text);
  tokenizeText(grammar, text).forEach((tokens, i) => {
    out.push(`> ${lines[i]}`);
    for (const t of tokens) {
      if (t.scopes.length > 1) out.push(`  ${t.start}-${t.end} ${JSON.stringify(t.text)} ${t.scopes.slice(1).join(' ')}`);
    }
  });
  return out.join('\n') + '\n';
}

/** The first line where two snapshots differ, for a readable failure. */
function firstDifference(expected: string, actual: string): string {
  const a = expected.split('\n');
  const b = actual.split('\n');
  const i = a.findIndex((line, k) => line !== b[k]);
  const at = i < 0 ? a.length : i;
  return `line ${at + 1}:\n  expected: ${a[at] ?? '(end)'}\n  actual:   ${b[at] ?? '(end)'}`;
}

suite('Article grammar: snapshots', () => {
  let grammar: IGrammar;
  suiteSetup(async () => {
    grammar = await loadArticleGrammar();
  });

  for (const source of snapshotSources()) {
    const snapshot = path.join(snapshotDir, `${path.basename(source, '.article')}.snap`);
    test(`${source} matches ${path.relative(root, snapshot)}`, () => {
      const actual = renderSnapshot(grammar, fs.readFileSync(path.join(root, source), 'utf8'), source);
      if (update) fs.writeFileSync(snapshot, actual);
      assert.ok(fs.existsSync(snapshot), `no snapshot ${snapshot}: run with UPDATE_SNAPSHOTS=1 and review it`);
      const expected = fs.readFileSync(snapshot, 'utf8');
      if (expected !== actual) assert.fail(`tokens of ${source} differ from ${path.basename(snapshot)} at ${firstDifference(expected, actual)}\n(after an intended change: UPDATE_SNAPSHOTS=1, then review the diff)`);
    });
  }

  test('a changed token fails the comparison', () => {
    const text = 'Headline\n\n"A quote," Bush said.';
    const good = renderSnapshot(grammar, text, 'x.article');
    const bad = renderSnapshot(grammar, text.replace('Bush said', 'Bush went'), 'x.article');
    assert.notStrictEqual(good, bad);
    assert.match(firstDifference(good, bad), /line \d+/);
  });
});
