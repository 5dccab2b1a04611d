// Packages the extension (`npm run package`) and checks what the .vsix holds: every file package.json
// points at (main, grammars, language configurations, JSON schemas), and no tests, sources, samples,
// source maps or dependencies.
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');
const { root, vsix } = require('./paths');

/** @type {[RegExp, string][]} */
const FORBIDDEN = [
  [/\.map$/, 'a source map'],
  [/(^|\/)[^/]+\.ts$/, 'a TypeScript source'],
  [/^(src|test|samples|scripts|node_modules|\.test-cache|test-results|\.ci)\//, 'a development folder'],
  [/^docs\/(?!images\/)/, 'developer documentation'],
  [/^dist\/(?!extension\.js$)/, 'a bundle other than dist/extension.js'],
];

/** Files that package.json refers to and the installed extension therefore needs. */
function referencedFiles(manifest) {
  const contributes = manifest.contributes ?? {};
  const local = (p) => typeof p === 'string' && !/^[a-z]+:/i.test(p);
  return [
    'package.json',
    manifest.main,
    ...(contributes.grammars ?? []).map((g) => g.path),
    ...(contributes.languages ?? []).map((l) => l.configuration),
    ...(contributes.jsonValidation ?? []).map((j) => j.url),
  ].filter(local).map((p) => path.posix.normalize(p).replace(/^\.\//, ''));
}

function listVsixFiles() {
  const vsce = path.join(path.dirname(require.resolve('@vscode/vsce/package.json')), 'vsce');
  const result = spawnSync(process.execPath, [vsce, 'ls', '--no-dependencies'], { cwd: root, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`vsce ls failed:\n${result.stdout}${result.stderr}`);
  return result.stdout.split('\n').map((line) => line.trim()).filter(Boolean);
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
  const files = listVsixFiles();
  console.log(`  the .vsix holds ${files.length} files: ${files.join(', ')}`);
  const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
  const missing = referencedFiles(manifest).filter((f) => !files.includes(f));
  record('it holds every file package.json refers to', missing.length ? `missing: ${missing.join(', ')}` : null);
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
