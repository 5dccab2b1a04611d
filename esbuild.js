// Bundles the extension, the CLI, the benchmarks and the test suites (after esbuild-sample's esbuild.js).
// Usage: node esbuild.js [--production] [--watch]
const esbuild = require('esbuild');
const fs = require('fs');
const path = require('path');

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

/** Every *.ts file directly in a folder, for the test bundles. */
function filesIn(dir, suffix) {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir).filter((f) => f.endsWith(suffix)).map((f) => path.join(dir, f));
}

/** Prints errors in the format of VS Code's $esbuild-watch problem matcher. */
const problemMatcher = {
  name: 'problem-matcher',
  setup(build) {
    build.onStart(() => { if (watch) console.log('[watch] build started'); });
    build.onEnd((result) => {
      for (const { text, location } of result.errors) {
        console.error(`✘ [ERROR] ${text}`);
        if (location) console.error(`    ${location.file}:${location.line}:${location.column}:`);
      }
      if (watch) console.log('[watch] build finished');
    });
  },
};

const common = {
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  sourcemap: !production,
  sourcesContent: false,
  minify: production,
  logLevel: 'silent',
  // Node has had \p{…} in regular expressions since 10, but esbuild's feature table does not say so for any
  // Node target and rewrites each such literal into `new RegExp(…)`, which runs (and allocates) at every
  // evaluation: a literal inside a per-token function then builds a RegExp per token.
  supported: { 'regexp-unicode-property-escapes': true },
  plugins: [problemMatcher],
};

const builds = [
  // The extension host's bundle: VS Code glue, hovers, exports and the knowledge base, never the engine
  // (test/unit/extBundleBoundary.test.ts checks it).
  { ...common, entryPoints: ['src/extension/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  // The extension's analysis worker thread, which runs every analysis: shipped in the .vsix next to it.
  { ...common, entryPoints: ['src/extension/analysisWorker.ts'], outfile: 'dist/analysisWorker.js' },
  { ...common, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
];
const optional = [
  ['scripts/eval.ts', 'dist/eval.js'],
  ['scripts/bench.ts', 'dist/bench.js'],
  ['src/core/worker.ts', 'dist/worker.js'],
  ['src/cli/batchWorker.ts', 'dist/batchWorker.js'],
];
for (const [entry, outfile] of optional) {
  if (fs.existsSync(entry)) builds.push({ ...common, minify: false, entryPoints: [entry], outfile, external: ['compromise'] });
}
// Test bundles are never part of the .vsix (see .vscodeignore).
const unitTests = filesIn('test/unit', '.test.ts');
if (unitTests.length) {
  builds.push({ ...common, minify: false, entryPoints: unitTests, outdir: 'dist/test/unit', external: ['mocha', 'fast-check', 'vscode-textmate', 'vscode-oniguruma', 'tm-grammars', 'ajv', 'compromise', 'esbuild'] });
}
const integration = [...filesIn('test/integration', '.ts')];
if (integration.length) {
  builds.push({ ...common, minify: false, entryPoints: integration, outdir: 'dist/test/integration', external: ['vscode', 'mocha'] });
}

async function main() {
  const contexts = await Promise.all(builds.map((b) => esbuild.context(b)));
  if (watch) {
    await Promise.all(contexts.map((c) => c.watch()));
    return;
  }
  let failed = false;
  for (const ctx of contexts) {
    try { await ctx.rebuild(); } catch { failed = true; }
    await ctx.dispose();
  }
  if (fs.existsSync('dist/cli.js')) fs.chmodSync('dist/cli.js', 0o755);
  if (failed) process.exit(1);
}

main().catch((e) => { console.error(e); process.exit(1); });
