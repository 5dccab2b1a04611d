// What each shipped bundle holds (esbuild's metafile, bundled as esbuild.js does): the extension host's
// dist/extension.js holds VS Code glue, hovers, exports and the knowledge base, never an engine pass — every
// analysis runs in dist/analysisWorker.js, which must hold them (else this check could not see one).
import * as assert from 'assert';
import * as esbuild from 'esbuild';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '..', '..', '..');

/** The engine's passes: the document and its structure, the text tokenizer, quotations to statements, `analyze`. */
const ENGINE = /^src\/core\/(index\.ts|doc\.ts|structure\.ts|(text|quotes|cues|mentions|speakers|statements)[/.])/;

/** The source files one entry point bundles, relative to the repository. */
async function bundledInputs(entry: string, external: string[]): Promise<string[]> {
  const result = await esbuild.build({
    absWorkingDir: ROOT,
    entryPoints: [entry],
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    external,
    write: false,
    outfile: 'bundle-boundary.js',
    metafile: true,
    logLevel: 'silent',
  });
  return Object.keys(result.metafile.inputs);
}

suite('Bundle boundary: the engine runs only in the analysis worker', function () {
  this.timeout(60_000);

  test('dist/extension.js bundles no engine pass and not the in-process analysis', async () => {
    const inputs = await bundledInputs('src/extension/extension.ts', ['vscode']);
    const engine = inputs.filter((f) => ENGINE.test(f) || f === 'src/extension/analyzePrefix.ts');
    assert.deepStrictEqual(engine, [], 'the extension host imports the engine: analyse through AnalysisCache (the worker) instead');
    // What hovers, exports and the glossary need is still there.
    for (const needed of ['src/core/explain/term.ts', 'src/core/knowledge/base.ts', 'src/core/export/formats.ts', 'src/extension/analysisWorkerClient.ts']) {
      assert.ok(inputs.includes(needed), `${needed} is missing from the extension bundle`);
    }
  });

  test('dist/analysisWorker.js bundles every engine pass and no VS Code API', async () => {
    // Bundled as the worker thread is, without `vscode`: a module importing it fails this build.
    const inputs = await bundledInputs('src/extension/analysisWorker.ts', []);
    for (const pass of ['src/core/index.ts', 'src/core/structure.ts', 'src/core/quotes/find.ts', 'src/core/cues.ts', 'src/core/mentions.ts', 'src/core/speakers.ts', 'src/core/statements.ts']) {
      assert.ok(inputs.includes(pass), `${pass} is missing from the worker bundle`);
    }
  });
});
