// The analysis as sent from the worker (src/extension/analysisTransfer.ts): equal to the engine's after a
// copy between threads (as postMessage makes it), and only the fields read are decoded.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyze } from '../../src/core';
import { packAnalysis, transferables, transferStats, unpackAnalysis } from '../../src/extension/analysisTransfer';

const SEED = fs.readFileSync(path.resolve(__dirname, '..', '..', '..', 'test', 'fixtures', 'genoa-summit-2001.article'), 'utf8');

suite('Analysis transfer', () => {
  test('packed, copied as postMessage copies it, and unpacked: equal to the analysis, fields in order', () => {
    for (const text of [SEED, '', '"Never closed, she said', SEED.repeat(5)]) {
      const analysis = analyze(text);
      const packed = packAnalysis(analysis);
      const copied = structuredClone(packed, { transfer: transferables(packed) });
      const unpacked = unpackAnalysis(copied);
      assert.deepStrictEqual(unpacked, analysis);
      assert.deepStrictEqual(Object.keys(unpacked), Object.keys(analysis));
      assert.deepStrictEqual(Object.keys(unpacked.structure), Object.keys(analysis.structure));
    }
  });

  test('a field is decoded when first read, once', () => {
    const analysis = analyze(SEED.repeat(3));
    const unpacked = unpackAnalysis(structuredClone(packAnalysis(analysis)));
    const before = transferStats.decodeMs;
    assert.strictEqual(unpacked.length, analysis.length, 'scalars are not packed');
    assert.strictEqual(transferStats.decodeMs, before, 'reading a scalar decoded something');
    const statements = unpacked.statements;
    assert.ok(transferStats.decodeMs > before);
    assert.strictEqual(unpacked.statements, statements, 'a field read twice is decoded again');
    assert.deepStrictEqual(statements, analysis.statements);
  });
});
