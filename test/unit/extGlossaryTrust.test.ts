// Restricted Mode: no workspace glossary is read. The integration host runs with workspace trust disabled (it
// cannot be switched off and on from a test), so the decision is tested here, with a check that glossary.ts
// reads files only through it.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { glossaryFilesToRead } from '../../src/extension/glossaryTrust';

const GLOSSARY_SOURCE = path.resolve(__dirname, '..', '..', '..', 'src', 'extension', 'glossary.ts');

suite('Glossaries in Restricted Mode', () => {
  test('an untrusted workspace reads no glossary, and does not even list the configured paths', () => {
    let listed = 0;
    const files = glossaryFilesToRead(false, () => {
      listed++;
      return ['/work/.article-glossary.json', '/etc/passwd'];
    });
    assert.deepStrictEqual(files, []);
    assert.strictEqual(listed, 0);
  });

  test('a trusted workspace reads every listed glossary', () => {
    assert.deepStrictEqual(glossaryFilesToRead(true, () => ['a.json', 'b.json']), ['a.json', 'b.json']);
  });

  test('glossary.ts reads files only in the loop over glossaryFilesToRead(workspace trust)', () => {
    const source = fs.readFileSync(GLOSSARY_SOURCE, 'utf8');
    const loop = source.indexOf('for (const uri of glossaryFilesToRead(vscode.workspace.isTrusted, glossaryUris))');
    assert.ok(loop >= 0, 'the glossary loop no longer asks glossaryFilesToRead with the workspace trust');
    // readText (the only caller of workspace.fs.readFile) is called once, first thing in that loop.
    assert.strictEqual(source.match(/\breadFile\(/g)?.length, 1, 'glossary.ts reads files elsewhere than in readText');
    const calls = [...source.matchAll(/(?<!function )\breadText\(/g)].map((m) => m.index ?? 0);
    assert.strictEqual(calls.length, 1, 'readText is called elsewhere');
    assert.ok(calls[0] > loop && calls[0] - loop < 200, 'readText is not called inside the trust-gated loop');
  });
});
