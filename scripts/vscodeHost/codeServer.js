// Starts code-server (VS Code's Node build) detached in its own process group, and stops the whole
// group: killing only the main process would orphan its file watcher and extension host.
const fs = require('fs');
const net = require('net');
const path = require('path');
const { spawn, spawnSync } = require('child_process');
const { ensureInstalled } = require('./install');
const { isolatedEnv } = require('./profile');

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
 * @param {{ profile: ReturnType<typeof import('./profile').profileIn>, extraArgs?: string[], log: string, port?: number }} options
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

module.exports = { startCodeServer, installVsix, freePort };
