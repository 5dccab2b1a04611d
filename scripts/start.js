// `npm start`: builds and packages the extension, then opens samples/ in VS Code with it loaded: the
// desktop `code` command when there is one (with --extensionDevelopmentPath), otherwise code-server
// (installed on first use into .test-cache/) on 127.0.0.1 with the packaged .vsix, printing the URL.
const fs = require('fs');
const net = require('net');
const path = require('path');
const { spawnSync, spawn } = require('child_process');
const { root, cache, samples, vsix } = require('./vscodeHost/paths');

const SEED = path.join(samples, 'genoa-summit-2001.article');

/** The first `name` executable on PATH, or null. */
function onPath(name) {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter).filter(Boolean)) {
    const file = path.join(dir, name);
    try { fs.accessSync(file, fs.constants.X_OK); return file; } catch { /* keep looking */ }
  }
  return null;
}

function portIsFree(port) {
  return new Promise((resolve) => {
    const server = net.createServer().once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

function packageExtension() {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const result = spawnSync(npm, ['run', '--silent', 'package'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('npm run package failed (see above)');
}

function openInDesktop(code) {
  console.log(`Opening ${path.relative(root, samples)}/ in VS Code with the extension from ${root}`);
  const child = spawn(code, ['--extensionDevelopmentPath', root, samples, SEED], { stdio: 'inherit' });
  child.on('exit', (status) => process.exit(status ?? 0));
}

async function openInCodeServer() {
  const host = require('./vscodeHost/codeServer');
  const profile = require('./vscodeHost/profile').profileIn(path.join(cache, 'start-profile'));
  host.installVsix(vsix, profile);
  const wanted = Number(process.env.PORT ?? 8080);
  const port = (await portIsFree(wanted)) ? wanted : await host.freePort();
  const log = path.join(cache, 'start-profile', 'code-server.log');
  const server = await host.startCodeServer({ profile, log, port });
  console.log(`\nArticle Lens is running in code-server (VS Code in the browser). Open:\n\n  ${server.url}/?folder=${encodeURI(samples)}\n`);
  console.log(`then ${path.basename(SEED)} in the Explorer. Log: ${path.relative(root, log)}. Press Ctrl+C to stop.`);
  const stop = () => { server.stop().finally(() => process.exit(0)); };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  setInterval(() => undefined, 1 << 30);
}

async function main() {
  packageExtension();
  const code = process.env.ARTICLE_LENS_NO_DESKTOP ? null : onPath('code');
  if (code) openInDesktop(code);
  else await openInCodeServer();
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
