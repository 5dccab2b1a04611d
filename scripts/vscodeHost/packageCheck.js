// Packages the extension (`npm run package`) and checks what the .vsix itself holds: the README and every
// file package.json points at (main, grammars, language configurations, JSON schemas), and no tests,
// sources, samples, source maps or dependencies.
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');
const { root, vsix } = require('./paths');
const { zipEntries } = require('./zipEntries');

/** @type {[RegExp, string][]} */
const FORBIDDEN = [
  [/\.map$/, 'a source map'],
  [/(^|\/)[^/]+\.ts$/, 'a TypeScript source'],
  [/^(src|test|samples|scripts|node_modules|\.test-cache|test-results|\.ci)\//, 'a development folder'],
  [/^docs\/(?!images\/)/, 'developer documentation'],
  [/^dist\/(?!(extension|analysisWorker)\.js$)/, 'a bundle other than dist/extension.js and its worker'],
];

/** Files that package.json refers to and the installed extension therefore needs. */
function referencedFiles(manifest) {
  const contributes = manifest.contributes ?? {};
  const local = (p) => typeof p === 'string' && !/^[a-z]+:/i.test(p);
  return [
    'package.json',
    manifest.main,
    // The analysis worker thread, loaded by the extension at run time (src/extension/analysisCache.ts).
    'dist/analysisWorker.js',
    ...(contributes.grammars ?? []).map((g) => g.path),
    ...(contributes.languages ?? []).map((l) => l.configuration),
    ...(contributes.jsonValidation ?? []).map((j) => j.url),
  ].filter(local).map((p) => path.posix.normalize(p).replace(/^\.\//, ''));
}

/** The extension's files in the .vsix, relative to its root (vsce puts them under extension/). */
function vsixFiles() {
  return zipEntries(vsix).filter((f) => f.startsWith('extension/')).map((f) => f.slice('extension/'.length));
}

function packageAndCheck() {
  fs.rmSync(vsix, { force: true });
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const packaged = spawnSync(npm, ['run', '--silent', 'package'], { cwd: root, stdio: 'inherit', timeout: 180_000 });
  const checks = [];
  const record = (title, problem) => {
    checks.push(!problem);
    console.log(`  ${problem ? '✘' : '✔'} ${title}${problem ? `\n      ${problem}` : ''}`);
  };
  record('npm run package makes article-lens.vsix',
    packaged.status === 0 && fs.existsSync(vsix) ? null : `exit ${packaged.status ?? packaged.signal}, ${fs.existsSync(vsix) ? '' : 'no '}file`);
  if (!checks[0]) return { passed: 0, failed: 1 };
  const files = vsixFiles();
  console.log(`  the .vsix holds ${files.length} files: ${files.join(', ')}`);
  const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
  // vsce stores the README as readme.md.
  const has = (file) => files.some((f) => f.toLowerCase() === file.toLowerCase());
  const missing = [...referencedFiles(manifest), 'README.md'].filter((f) => !has(f));
  record('it holds the README and every file package.json refers to', missing.length ? `missing: ${missing.join(', ')}` : null);
  const unwanted = files.flatMap((f) => FORBIDDEN.filter(([re]) => re.test(f)).map(([, what]) => `${f} (${what})`));
  record('it holds no tests, sources, samples or maps', unwanted.length ? `unwanted: ${unwanted.join(', ')}` : null);
  const passed = checks.filter(Boolean).length;
  return { passed, failed: checks.length - passed };
}

module.exports = { packageAndCheck };

if (require.main === module) {
  const { failed } = packageAndCheck();
  process.exit(failed ? 1 : 0);
}
