// Starts code-server (VS Code's Node build) detached in its own process group, and stops the whole
// group: killing only the main process would orphan its file watcher and extension host.
const fs = require('fs');
const net = require('net');
const path = require('path');
const { spawn, spawnSync } = require('child_process');
const { ensureInstalled } = require('./install');
const { results } = require('./paths');

/** A free TCP port on 127.0.0.1, chosen by the OS. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {net.AddressInfo} */ (server.address());
      server.close(() => resolve(port));
    });
  });
}

/** User settings that keep a fresh profile quiet: no welcome page, trust prompt, telemetry or updates. */
const QUIET_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.ignoreRecommendations': true,
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'chat.disableAIFeatures': true,
  'workbench.enableExperiments': false,
  'git.enabled': false,
  'workbench.colorTheme': 'Default Dark Modern',
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  // Screenshots: text under the minimap shows through its shadow.
  'editor.minimap.enabled': false,
};

/**
 * Lays out a code-server profile in `dir`: user data (with quiet settings), extensions, HOME and a browser profile.
 * @param {string} dir
 */
function profileIn(dir) {
  const profile = {
    dir,
    userData: path.join(dir, 'user-data'),
    extensions: path.join(dir, 'extensions'),
    home: path.join(dir, 'home'),
    browser: path.join(dir, 'browser'),
  };
  for (const folder of [profile.extensions, profile.home, profile.browser]) fs.mkdirSync(folder, { recursive: true });
  const settings = path.join(profile.userData, 'User', 'settings.json');
  if (!fs.existsSync(settings)) {
    fs.mkdirSync(path.dirname(settings), { recursive: true });
    fs.writeFileSync(settings, JSON.stringify(QUIET_SETTINGS, null, 2));
  }
  return profile;
}

/**
 * A fresh profile for one test run in test-results/profiles/NAME, emptied first and kept afterwards
 * for its logs (user-data/logs/…/exthost*).
 * @param {string} name e.g. "integration"
 */
function freshProfile(name) {
  const dir = path.join(results, 'profiles', name);
  fs.rmSync(dir, { recursive: true, force: true });
  return profileIn(dir);
}

/** The environment code-server runs in: its own HOME and XDG folders, nothing from the user's. */
function isolatedEnv(profile) {
  const home = profile.home;
  return {
    ...process.env,
    HOME: home,
    XDG_CONFIG_HOME: path.join(home, '.config'),
    XDG_DATA_HOME: path.join(home, '.local', 'share'),
    XDG_CACHE_HOME: path.join(home, '.cache'),
    VSCODE_PROXY_URI: '',
  };
}

function commonArgs(profile) {
  return ['--user-data-dir', profile.userData, '--extensions-dir', profile.extensions];
}

/** Installs a packaged .vsix into the profile's extensions folder. */
function installVsix(vsix, profile) {
  const { node, entry } = ensureInstalled();
  const result = spawnSync(node, [entry, ...commonArgs(profile), '--install-extension', vsix, '--force'], {
    env: isolatedEnv(profile), encoding: 'utf8', timeout: 120_000,
  });
  if (result.status !== 0) {
    throw new Error(`code-server --install-extension ${path.basename(vsix)} failed:\n${result.stdout}${result.stderr}`);
  }
}

async function waitForHealth(url, child, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`code-server exited early (code ${child.exitCode})`);
    try {
      const response = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(2000) });
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`code-server did not answer ${url}/healthz within ${timeoutMs / 1000} s`);
}

/**
 * Starts code-server on a free port of 127.0.0.1 and waits until it answers.
 * @param {{ profile: ReturnType<typeof freshProfile>, extraArgs?: string[], log: string, port?: number }} options
 * @returns {Promise<{ url: string, port: number, stop: () => Promise<void>, died: Promise<never> }>}
 */
async function startCodeServer({ profile, extraArgs = [], log, port }) {
  const { node, entry } = ensureInstalled();
  const chosenPort = port ?? (await freePort());
  const args = [
    entry, '--auth', 'none', '--bind-addr', `127.0.0.1:${chosenPort}`,
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust',
    '--disable-getting-started-override', '--ignore-last-opened', '--config', '/dev/null',
    ...commonArgs(profile), ...extraArgs,
  ];
  fs.mkdirSync(path.dirname(log), { recursive: true });
  const out = fs.openSync(log, 'w');
  const child = spawn(node, args, { detached: true, stdio: ['ignore', out, out], env: isolatedEnv(profile) });
  fs.closeSync(out);
  running.add(child);
  let stopping = false;
  const stop = async () => { stopping = true; await stopGroup(child); running.delete(child); };
  /** Rejects if code-server exits before `stop()`, so a waiting run fails at once instead of timing out. */
  /** @type {Promise<never>} */
  const died = new Promise((_, reject) => {
    child.once('exit', (code, signal) => {
      if (!stopping) reject(new Error(`code-server exited unexpectedly (${signal ?? `code ${code}`}); log: ${log}`));
    });
  });
  died.catch(() => undefined);
  const url = `http://127.0.0.1:${chosenPort}`;
  try {
    await waitForHealth(url, child, 60_000);
  } catch (error) {
    await stop();
    throw new Error(`${error instanceof Error ? error.message : error} (log: ${log})`);
  }
  return { url, port: chosenPort, stop, died };
}

/** Servers started and not yet stopped: killed on exit, Ctrl+C or a crash of the test runner. */
const running = new Set();

process.on('exit', () => {
  for (const child of running) {
    try { process.kill(-child.pid, 'SIGKILL'); } catch { /* already gone */ }
  }
});

/** Sends SIGTERM to the whole process group, then SIGKILL to whatever is left after a grace period. */
async function stopGroup(child) {
  if (child.pid === undefined) return;
  const signalGroup = (signal) => {
    try { process.kill(-/** @type {number} */ (child.pid), signal); return true; } catch { return false; }
  };
  if (!signalGroup('SIGTERM')) return;
  const deadline = Date.now() + 5000;
  while (Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    if (!signalGroup(0)) return;
  }
  signalGroup('SIGKILL');
}

module.exports = { startCodeServer, freshProfile, profileIn, installVsix, freePort };
