// Hostile input: whatever file is opened, `analyze` completes and keeps its invariants. Times are logged, never asserted.
// The big inputs run in a worker thread (this same bundle, see the end) so that an analysis that never ends fails its
// test after LIMIT_MS instead of blocking the whole run: mocha cannot interrupt synchronous code.
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Worker, isMainThread, parentPort, workerData } from 'worker_threads';
import { analyze, type Analysis } from '../../src/core';
import { toJson } from '../../src/core/serialize';
import { checkInvariants } from './invariants';
import { hostileInputs } from '../shared/hostileInputs';

const ROOT = path.resolve(__dirname, '../../..');
const SEED_FILE = path.join(ROOT, 'test/fixtures/genoa-summit-2001.article');
const WIKINEWS = path.join(ROOT, 'test/fixtures/wikinews');

/** Analyses, checks the invariants, and says how it went. */
function analyzeAndCheck(label: string, text: string): { analysis: Analysis; report: string } {
  const started = performance.now();
  const analysis = analyze(text);
  const ms = performance.now() - started;
  checkInvariants(text, analysis);
  return { analysis, report: `${label}: ${(text.length / 1e6).toFixed(2)} M units in ${ms.toFixed(0)} ms, ${analysis.statements.length} statements, ${analysis.quotes.length} quotes` };
}

/** Analyses here, on the test's thread (small inputs), logging the time. */
function analyzeHostile(label: string, text: string): Analysis {
  const { analysis, report } = analyzeAndCheck(label, text);
  console.log(`      ${report}`);
  return analysis;
}

/** Enough for any of these inputs when analysis is linear (seconds each), even on a loaded machine. */
const LIMIT_MS = 60_000;

/** Analyses in a worker thread, stopped after LIMIT_MS; the invariants are checked there. */
function hostile(label: string, text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(__filename, { workerData: { hostileLabel: label, text } });
    const timer = setTimeout(() => {
      void worker.terminate();
      reject(new Error(`${label}: analysis did not finish within ${LIMIT_MS / 1000} s (${text.length} units)`));
    }, LIMIT_MS);
    worker.once('message', (reply: { report?: string; error?: string }) => {
      clearTimeout(timer);
      void worker.terminate();
      if (reply.error !== undefined) return reject(new Error(`${label}: ${reply.error}`));
      console.log(`      ${reply.report}`);
      resolve();
    });
    worker.once('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
  });
}

const seed = fs.readFileSync(SEED_FILE, 'utf8');
const corpus = fs.readdirSync(WIKINEWS).filter((f) => f.endsWith('.article')).sort().map((f) => fs.readFileSync(path.join(WIKINEWS, f), 'utf8')).join('\n\n');
const inputs = new Map(hostileInputs(corpus.replace(/\r?\n/g, ' ')).map((input) => [input.label, input]));

/** One of the shared hostile inputs at the size the test uses, analysed in a worker. */
function hostileInput(label: string): Promise<void> {
  const input = inputs.get(label);
  if (!input) throw new Error(`no hostile input named ${label}`);
  return hostile(label, input.build(input.size));
}

/** Maps an offset in LF text to the same place in its CRLF copy. */
function crlfOffset(lf: string, offset: number): number {
  let newlines = 0;
  for (let i = lf.indexOf('\n'); i !== -1 && i < offset; i = lf.indexOf('\n', i + 1)) newlines++;
  return offset + newlines;
}

if (isMainThread) defineSuites();
else if (workerData?.hostileLabel !== undefined) serveHostileAnalysis();

function serveHostileAnalysis(): void {
  const { hostileLabel, text } = workerData as { hostileLabel: string; text: string };
  try {
    parentPort?.postMessage({ report: analyzeAndCheck(hostileLabel, text).report });
  } catch (e) {
    parentPort?.postMessage({ error: e instanceof Error ? (e.stack ?? e.message) : String(e) });
  }
}

function defineSuites(): void {
  suite('hostile input', function () {
    this.timeout(10 * LIMIT_MS);

    test('1 MB of quotation marks of every kind', async () => {
      await hostileInput('random marks');
      await hostileInput('straight double marks');
      await hostileInput('marks and spaces');
    });

    test('100,000 unbalanced quotation marks', async () => {
      await hostileInput('openers');
      await hostileInput('closers');
      await hostileInput('one paragraph each');
    });

    test('50,000 nested quotation levels', async () => {
      await hostileInput('nested');
    });

    test('a 5 MB single line of real article text', async () => {
      await hostileInput('single line');
    });

    test('runs that tempt superlinear rules: a 1 MB word, 200,000 capitalised words, 100,000 cues, abbreviations, dots', async () => {
      for (const label of ['one word', 'capitalised words', 'cues', 'reports in one sentence', 'abbreviations', 'dots', 'blank lines', 'headline-like lines']) await hostileInput(label);
    });

    test('binary noise (500 KB as Latin-1, as UTF-8 with replacement characters, as random UTF-16 units)', async () => {
      for (const label of ['latin-1', 'utf-8', 'utf-16 units']) await hostileInput(label);
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

    test('a lone high surrogate before an emoji: no token, and so no span, ends inside the emoji (found by fast-check)', () => {
      // The checks of analyzeHostile include every span's ends against the surrogate pairs.
      analyzeHostile('lone surrogate', 'Bush said that \ud800\ud83d\ude00 ');
      analyzeHostile('lone surrogate in a paragraph', 'Headline\n\nBush said that \ud800😀 he would go.\n');
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
}
