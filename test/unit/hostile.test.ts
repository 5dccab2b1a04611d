// Hostile input: whatever file is opened, `analyze` completes and keeps its invariants. Times are logged, never asserted.
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { analyze, type Analysis } from '../../src/core';
import { toJson } from '../../src/core/serialize';
import { checkInvariants } from './invariants';

const ROOT = path.resolve(__dirname, '../../..');
const SEED_FILE = path.join(ROOT, 'test/fixtures/genoa-summit-2001.article');
const WIKINEWS = path.join(ROOT, 'test/fixtures/wikinews');
const MARKS = ['"', '“', '”', '‘', '’', "'", '«', '»', '„', '‚', '‹', '›', '「', '」'];

/** A small seeded generator (mulberry32), so every run feeds the same bytes. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Analyses, logs the time and size, checks the invariants. */
function analyzeHostile(label: string, text: string): Analysis {
  const started = performance.now();
  const analysis = analyze(text);
  const ms = performance.now() - started;
  console.log(`      ${label}: ${(text.length / 1e6).toFixed(2)} M units in ${ms.toFixed(0)} ms, ${analysis.statements.length} statements, ${analysis.quotes.length} quotes`);
  checkInvariants(text, analysis);
  return analysis;
}

const seed = fs.readFileSync(SEED_FILE, 'utf8');
const corpus = fs.readdirSync(WIKINEWS).filter((f) => f.endsWith('.article')).sort().map((f) => fs.readFileSync(path.join(WIKINEWS, f), 'utf8')).join('\n\n');

/** Maps an offset in LF text to the same place in its CRLF copy. */
function crlfOffset(lf: string, offset: number): number {
  let newlines = 0;
  for (let i = lf.indexOf('\n'); i !== -1 && i < offset; i = lf.indexOf('\n', i + 1)) newlines++;
  return offset + newlines;
}

suite('hostile input', function () {
  this.timeout(120_000); // a liveness guard for hostile sizes (each takes seconds when analysis is linear), not a speed target

  test('1 MB of quotation marks of every kind', () => {
    const next = random(1);
    analyzeHostile('random marks', Array.from({ length: 1_000_000 }, () => MARKS[Math.floor(next() * MARKS.length)]).join(''));
    analyzeHostile('straight double marks', '"'.repeat(1_000_000));
    analyzeHostile('marks and spaces', '“ ” '.repeat(250_000));
  });

  test('100,000 unbalanced quotation marks', () => {
    analyzeHostile('openers', '“word, said Bush '.repeat(100_000));
    analyzeHostile('closers', 'word,” said Bush. '.repeat(100_000));
    analyzeHostile('one paragraph each', '“He said it is\n\n'.repeat(100_000));
  });

  test('50,000 nested quotation levels', () => {
    analyzeHostile('nested', '“‘'.repeat(25_000) + 'deep' + '’”'.repeat(25_000) + ' he said.');
  });

  test('a 5 MB single line of real article text', () => {
    const line = corpus.replace(/\r?\n/g, ' ');
    analyzeHostile('single line', line.repeat(Math.ceil(5_000_000 / line.length)).slice(0, 5_000_000));
  });

  test('runs that tempt superlinear rules: a 1 MB word, 200,000 capitalised words, 100,000 cues, abbreviations, dots', () => {
    analyzeHostile('one word', 'a'.repeat(1_000_000));
    analyzeHostile('capitalised words', 'Vladimir Putin Bush Rice Genoa '.repeat(40_000));
    analyzeHostile('cues', 'said told reporters according to '.repeat(30_000));
    analyzeHostile('abbreviations', 'Mr. U.S. Gen. J. '.repeat(60_000));
    analyzeHostile('dots', '.'.repeat(1_000_000));
    analyzeHostile('blank lines', '\n'.repeat(1_000_000));
    analyzeHostile('headline-like lines', 'SAID THE PRESIDENT\n'.repeat(50_000));
  });

  test('binary noise (1 MB as Latin-1, as UTF-8 with replacement characters, as random UTF-16 units)', () => {
    const next = random(7);
    const bytes = Buffer.from(Array.from({ length: 1_000_000 }, () => Math.floor(next() * 256)));
    analyzeHostile('latin-1', bytes.toString('latin1'));
    analyzeHostile('utf-8', bytes.toString('utf8'));
    analyzeHostile('utf-16 units', Array.from({ length: 100_000 }, () => String.fromCharCode(Math.floor(next() * 0x10000))).join(''));
  });

  test('NUL bytes between the words of a real article', () => {
    const analysis = analyzeHostile('NULs', seed.replace(/ /g, ' \0'));
    assert.ok(analysis.length > seed.length);
  });

  test('CRLF line ends: the same statements, at offsets shifted by one per line', () => {
    const lf = seed.replace(/\r\n/g, '\n');
    const crlf = lf.replace(/\n/g, '\r\n');
    const a = analyzeHostile('LF', lf);
    const b = analyzeHostile('CRLF', crlf);
    assert.ok(a.statements.length >= 5, `the seed yields ${a.statements.length} statements: nothing to compare`);
    assert.deepStrictEqual(
      b.statements.map((s) => [s.kind, s.start, s.end, s.text.replace(/\r/g, '')]),
      a.statements.map((s) => [s.kind, crlfOffset(lf, s.start), crlfOffset(lf, s.end), s.text]),
    );
    assert.deepStrictEqual(b.speakers.map((s) => s.name), a.speakers.map((s) => s.name));
  });

  test('emoji before the article shift every offset by their UTF-16 length', () => {
    const prefix = '📰🇺🇸 '; // 5 UTF-16 units, 3 code points
    const a = analyzeHostile('seed', seed);
    const b = analyzeHostile('seed after emoji', prefix + seed);
    assert.ok(a.statements.length >= 5, `the seed yields ${a.statements.length} statements: nothing to compare`);
    assert.deepStrictEqual(
      b.statements.map((s) => [s.kind, s.start, s.end, s.text]),
      a.statements.map((s) => [s.kind, s.start + prefix.length, s.end + prefix.length, s.text]),
    );
  });

  test('emoji and astral letters inside quotations and names', () => {
    const text = 'Summit ends\n\n“We love 🇺🇸 and 😀 — 𝐛𝐨𝐥𝐝 words,” President George W. Bush said on Sunday.\n\n“𠜎 is a character,” 👨‍👩‍👧 she added.';
    const analysis = analyzeHostile('emoji article', text);
    assert.ok(analysis.statements.some((s) => s.text.includes('🇺🇸 and 😀')), 'the emoji quotation is a statement');
  });
});

suite('hostile input through the CLI', () => {
  test('invalid UTF-8: analysed as text with replacement characters, offsets into the decoded text', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'article-lens-hostile-'));
    try {
      const bad = Buffer.from([0xc3, 0x28, 0xff, 0x80, 0xc0, 0xaf, 0xed, 0xa0, 0x80]);
      const parts = seed.split('\n\n').map((p) => Buffer.concat([Buffer.from(p, 'utf8'), bad, Buffer.from('\n\n')]));
      const file = path.join(dir, 'invalid-utf8.article');
      fs.writeFileSync(file, Buffer.concat([...parts, Buffer.from([0xf0, 0x9f, 0x98])]));
      const r = spawnSync(process.execPath, [path.join(ROOT, 'dist/cli.js'), 'analyze', file, '--json'], { encoding: 'utf8' });
      assert.strictEqual(r.status, 0, r.stderr);
      const decoded = fs.readFileSync(file).toString('utf8');
      assert.ok(decoded.includes('\uFFFD'));
      assert.deepStrictEqual(JSON.parse(r.stdout), JSON.parse(JSON.stringify(toJson(analyze(decoded)))));
      checkInvariants(decoded, analyze(decoded));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
