// Finds a Chromium to drive with playwright-core (which downloads no browser of its own):
// $CHROMIUM_PATH first, then the usual names on PATH.
const fs = require('fs');
const path = require('path');

const NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome'];

function isExecutable(file) {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

/** The Chromium executable, or an Error telling how to provide one. */
function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (isExecutable(fromEnv)) return fromEnv;
    throw new Error(`CHROMIUM_PATH=${fromEnv} is not an executable file`);
  }
  for (const dir of (process.env.PATH ?? '').split(path.delimiter).filter(Boolean)) {
    for (const name of NAMES) {
      const candidate = path.join(dir, name);
      if (isExecutable(candidate)) return candidate;
    }
  }
  throw new Error(`no Chromium found: install one (Debian: apt-get install chromium) or set CHROMIUM_PATH; looked for ${NAMES.join(', ')} on PATH`);
}

/** Flags that keep headless Chromium offline-quiet and stable in containers. */
const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage',
];

/**
 * Opens headless Chromium with a fresh profile folder.
 * @param {string} profileDir an empty folder for this run
 * @param {{ width: number, height: number }} [viewport]
 */
async function launchBrowser(profileDir, viewport = { width: 1400, height: 860 }) {
  const { chromium } = require('playwright-core');
  return chromium.launchPersistentContext(profileDir, {
    executablePath: findChromium(),
    headless: true,
    args: CHROMIUM_ARGS,
    viewport,
    // Its crash database and config go to the run's folder, not the user's ~/.config/chromium.
    env: { ...process.env, XDG_CONFIG_HOME: path.join(profileDir, 'config'), XDG_CACHE_HOME: path.join(profileDir, 'cache') },
  });
}

module.exports = { findChromium, launchBrowser, CHROMIUM_ARGS };
