// The command line as a user runs it: `node dist/cli.js analyze …` in a child process (exit codes, stdout, stderr).
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '../../..');
const CLI = path.join(ROOT, 'dist/cli.js');
const SEED = path.join(ROOT, 'test/fixtures/genoa-summit-2001.article');
const WIKINEWS = path.join(ROOT, 'test/fixtures/wikinews');

interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

function cli(...args: string[]): CliRun {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function jsonLines(stdout: string): Record<string, unknown>[] {
  return stdout.split('\n').filter((l) => l !== '').map((l) => JSON.parse(l) as Record<string, unknown>);
}

suite('CLI', () => {
  let dir: string;
  let bad: Record<'missing' | 'directory' | 'binary' | 'empty' | 'blank', string>;

  suiteSetup(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'article-lens-cli-'));
    bad = {
      missing: path.join(dir, 'no-such.article'),
      directory: path.join(dir, 'folder.article'),
      binary: path.join(dir, 'image.article'),
      empty: path.join(dir, 'empty.article'),
      blank: path.join(dir, 'blank.article'),
    };
    fs.mkdirSync(bad.directory);
    fs.writeFileSync(bad.binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));
    fs.writeFileSync(bad.empty, '');
    fs.writeFileSync(bad.blank, ' \n\r\n\t\n');
  });

  suiteTeardown(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('--json on the seed prints one document with every schema field', () => {
    const r = cli('analyze', SEED, '--json');
    assert.strictEqual(r.code, 0, r.stderr);
    const docs = jsonLines(r.stdout);
    assert.strictEqual(docs.length, 1);
    const doc = docs[0];
    for (const key of ['date', 'headline', 'statements', 'speakers', 'quotes', 'figures', 'terms', 'problems']) assert.ok(key in doc, `missing ${key}`);
    assert.ok(!('file' in doc), 'a single file has no "file" field');
    const text = fs.readFileSync(SEED, 'utf8');
    for (const s of doc.statements as Record<string, unknown>[]) {
      for (const key of ['id', 'kind', 'start', 'end', 'text', 'speaker', 'speakerMention', 'cue']) assert.ok(key in s, `statement misses ${key}`);
      assert.strictEqual(text.slice(s.start as number, s.end as number), s.text, 'statement offsets index the file text');
    }
    for (const s of doc.speakers as Record<string, unknown>[]) {
      for (const key of ['id', 'name', 'aliases', 'role', 'kind', 'statements']) assert.ok(key in s, `speaker misses ${key}`);
    }
  });

  test('several files give JSON Lines, one per file, in the order given, each naming its file', () => {
    const files = fs.readdirSync(WIKINEWS).filter((f) => f.endsWith('.article')).slice(0, 5).map((f) => path.join(WIKINEWS, f));
    const r = cli('analyze', '--json', ...files);
    assert.strictEqual(r.code, 0, r.stderr);
    assert.deepStrictEqual(jsonLines(r.stdout).map((d) => d.file), files);
  });

  for (const kind of ['missing', 'directory', 'binary', 'empty', 'blank'] as const) {
    test(`bad file (${kind}): a clear message on stderr, exit 1, the other files still analysed`, () => {
      const r = cli('analyze', '--json', SEED, bad[kind], SEED);
      assert.strictEqual(r.code, 1);
      assert.strictEqual(jsonLines(r.stdout).length, 2, 'both good files analysed');
      const lines = r.stderr.trim().split('\n');
      assert.strictEqual(lines.length, 1, r.stderr);
      assert.ok(lines[0].includes(bad[kind]), 'the message names the file');
      assert.match(lines[0], /no such file|directory|binary|empty/);
    });
  }

  test('without --json: a readable outline per file', () => {
    const r = cli('analyze', SEED);
    assert.strictEqual(r.code, 0, r.stderr);
    assert.match(r.stdout, /genoa-summit-2001\.article/);
    assert.match(r.stdout, /\d+ statements · \d+ speakers/);
  });

  test('usage errors exit 2 with the usage on stderr', () => {
    for (const args of [[], ['analyse', SEED], ['analyze'], ['analyze', SEED, '--frobnicate'], ['analyze', '--jobs=0', SEED]]) {
      const r = cli(...args);
      assert.strictEqual(r.code, 2, args.join(' '));
      assert.match(r.stderr, /Usage: article-lens analyze/);
      assert.strictEqual(r.stdout, '');
    }
    assert.strictEqual(cli('--help').code, 0);
  });

  test('--jobs gives byte-for-byte the one-thread output, bad files included, in the same order', () => {
    const good = fs.readdirSync(WIKINEWS).filter((f) => f.endsWith('.article')).map((f) => path.join(WIKINEWS, f));
    // Enough files that every worker gets several chunks and they finish out of order.
    const files = [...good, bad.missing, ...[...good].reverse(), bad.binary, ...good, bad.directory, SEED];
    const one = cli('analyze', '--json', ...files);
    for (const jobs of [['--jobs', '3'], ['--jobs=2'], ['--jobs']]) {
      const many = cli('analyze', ...jobs, '--json', ...files);
      assert.strictEqual(many.code, 1);
      assert.strictEqual(many.stdout, one.stdout, jobs.join(' '));
      assert.strictEqual(many.stderr, one.stderr, jobs.join(' '));
    }
    assert.strictEqual(jsonLines(one.stdout).length, good.length * 3 + 1);
  });

  for (const jobs of [[], ['--jobs', '2']]) {
    test(`a reader that stops early (| head) ends the CLI quietly ${jobs.join(' ')}`, () => {
      const good = fs.readdirSync(WIKINEWS).filter((f) => f.endsWith('.article')).map((f) => JSON.stringify(path.join(WIKINEWS, f)));
      const files = Array.from({ length: 10 }, () => good.join(' ')).join(' '); // far more than a pipe buffer of output
      const r = spawnSync('sh', ['-c', `${JSON.stringify(process.execPath)} ${JSON.stringify(CLI)} analyze --json ${jobs.join(' ')} ${files} | head -c 100`], { encoding: 'utf8' });
      assert.strictEqual(r.stdout.length, 100);
      assert.strictEqual(r.stderr, '', 'no EPIPE crash on stderr');
    });
  }

  test('--jobs followed by a file name means every core and keeps the file', () => {
    const r = cli('analyze', '--json', '--jobs', SEED, SEED);
    assert.strictEqual(r.code, 0, r.stderr);
    assert.strictEqual(jsonLines(r.stdout).length, 2);
  });
});
