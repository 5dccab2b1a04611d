// The extension's analysis off the host thread: analysing a document's prefix equals the core's own cut, and
// the worker client answers the latest version of each document, drops superseded ones, stops a worker
// stuck on a stale job, starts one worker and reuses it, restarts it after a crash, and says 'unavailable'
// (the extension then shows no analyses; the host never runs the engine) when the worker cannot run.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { analyze } from '../../src/core';
import { analyzePrefix } from '../../src/extension/analyzePrefix';
import { AnalysisWorkerClient } from '../../src/extension/analysisWorkerClient';
import type { WorkerOutcome } from '../../src/extension/analysisWorkerJob';

const WORKER = path.resolve(__dirname, '..', '..', 'analysisWorker.js');
const SEED = fs.readFileSync(path.resolve(__dirname, '..', '..', '..', 'test', 'fixtures', 'genoa-summit-2001.article'), 'utf8');

function analysisOf(outcome: WorkerOutcome): ReturnType<typeof analyze> {
  assert.ok(typeof outcome === 'object' && 'analysis' in outcome, `expected an analysis, got ${JSON.stringify(outcome)}`);
  return outcome.analysis;
}

suite('Analysis of a prefix', () => {
  const cases: [string, string, number][] = [
    ['the seed, cut mid-paragraph', SEED, 2000],
    ['the seed, shorter than the limit', SEED, SEED.length + 10],
    ['the seed, exactly the limit', SEED, SEED.length],
    ['CRLF cut between \\r and \\n', 'Talks\r\n\r\n"We will," Rice said.\r\n\r\n"Fine," Bush said.\r\n', 'Talks\r\n\r\n"We will," Rice said.\r'.length],
    ['a cut inside an astral character', '"Good 😀 news," she said. "More 😀," he said.', '"Good \ud83d'.length],
  ];
  for (const [title, text, max] of cases) {
    test(`equals analyze(text, { maxLength }): ${title}`, () => {
      assert.deepStrictEqual(analyzePrefix(text.slice(0, max), text.length), analyze(text, { maxLength: max }));
    });
  }
});

suite('Analysis worker client', function () {
  this.timeout(60_000);
  let client: AnalysisWorkerClient | undefined;
  teardown(() => client?.dispose());

  test('the worker answers what the host would compute', async () => {
    client = new AnalysisWorkerClient(WORKER);
    const outcome = await client.analyze('file:///seed.article', SEED.slice(0, 3000), SEED.length);
    assert.deepStrictEqual(analysisOf(outcome), analyzePrefix(SEED.slice(0, 3000), SEED.length));
    assert.strictEqual(client.stats.analysed, 1);
  });

  test('successive versions of a document, analysed incrementally in the worker, equal fresh analyses; closing it is harmless', async () => {
    client = new AnalysisWorkerClient(WORKER);
    const versions = [SEED, SEED.replace('\n\n', ' '), `"We will," Rice said.\n\n${SEED}`, SEED.slice(0, 2500)];
    for (const text of versions) assert.deepStrictEqual(analysisOf(await client.analyze('doc', text, text.length)), analyze(text));
    client.close('doc');
    assert.deepStrictEqual(analysisOf(await client.analyze('doc', SEED, SEED.length)), analyze(SEED));
  });

  test('a newer version supersedes the queued and the running ones; other documents are kept', async () => {
    client = new AnalysisWorkerClient(WORKER);
    const first = client.analyze('a', SEED, SEED.length);
    const other = client.analyze('b', SEED.slice(0, 500), 500);
    const second = client.analyze('a', SEED.slice(0, 1000), 1000);
    const third = client.analyze('a', SEED.slice(0, 1500), 1500);
    assert.strictEqual(await first, 'superseded', 'the running job of an older version is dropped');
    assert.strictEqual(await second, 'superseded', 'the queued job of an older version is dropped');
    assert.strictEqual(analysisOf(await third).length, 1500);
    assert.strictEqual(analysisOf(await other).length, 500);
  });

  test('a stale job still running after the limit stops the worker, and a new worker takes the next job', async () => {
    client = new AnalysisWorkerClient(WORKER, undefined, 0);
    const long = client.analyze('a', SEED.repeat(200), SEED.length * 200);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const latest = client.analyze('a', SEED, SEED.length);
    assert.strictEqual(await long, 'superseded');
    assert.strictEqual(client.stats.restarts, 1);
    assert.strictEqual(client.stats.crashes, 0, 'a worker stopped on purpose counted as a crash');
    assert.deepStrictEqual(analysisOf(await latest), analyze(SEED));
  });

  test('forgetting a closed document drops its queued job', async () => {
    client = new AnalysisWorkerClient(WORKER);
    const running = client.analyze('a', SEED, SEED.length);
    const queued = client.analyze('b', SEED, SEED.length);
    client.forget('b');
    assert.strictEqual(await queued, 'superseded');
    assert.ok(typeof (await running) === 'object');
  });

  test('one worker starts on the first job and takes every later one', async () => {
    client = new AnalysisWorkerClient(WORKER);
    assert.strictEqual(client.stats.starts, 0, 'started before it was needed');
    for (let i = 1; i <= 3; i++) analysisOf(await client.analyze(`doc${i}`, SEED.slice(0, 500 * i), 500 * i));
    assert.strictEqual(client.stats.starts, 1);
  });

  test('a worker that cannot start answers unavailable and is given up at once, said once', async () => {
    const logged: [string, boolean][] = [];
    client = new AnalysisWorkerClient(path.join(__dirname, 'no-such-worker.js'), (m, givingUp) => logged.push([m, givingUp]));
    assert.strictEqual(await client.analyze('a', SEED, SEED.length), 'unavailable');
    assert.strictEqual(client.available, false);
    for (let i = 0; i < 3; i++) assert.strictEqual(await client.analyze('a', SEED, SEED.length), 'unavailable');
    assert.strictEqual(client.stats.starts, 1);
    assert.strictEqual(logged.length, 1, logged.join('\n'));
    assert.match(logged[0][0], /cannot start.*no analyses from now on/);
    assert.strictEqual(logged[0][1], true);
  });

  test('a worker that crashes is started again, and given up after three crashes, said once', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'article-lens-worker-'));
    const crashing = path.join(dir, 'crashing.js');
    // Loads like the real worker, then dies on every job.
    fs.writeFileSync(crashing, "const { parentPort } = require('worker_threads'); parentPort.on('message', () => process.exit(3)); parentPort.postMessage({ ready: true });");
    try {
      const logged: [string, boolean][] = [];
      client = new AnalysisWorkerClient(crashing, (m, givingUp) => logged.push([m, givingUp]));
      for (let i = 0; i < 3; i++) assert.strictEqual(await client.analyze('a', SEED, SEED.length), 'unavailable');
      assert.strictEqual(client.available, false);
      assert.strictEqual(await client.analyze('a', SEED, SEED.length), 'unavailable');
      assert.deepStrictEqual([client.stats.starts, client.stats.crashes], [3, 3]);
      assert.deepStrictEqual(logged.map(([, givingUp]) => givingUp), [false, false, true], logged.join('\n'));
      assert.match(logged[2][0], /exited with code 3.*no analyses from now on/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
