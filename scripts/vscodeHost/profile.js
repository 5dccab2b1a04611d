// A code-server profile: its own user data (with quiet settings), extensions, HOME/XDG folders and a
// browser profile, so a run sees nothing of the user's VS Code and leaves nothing behind in it.
const fs = require('fs');
const path = require('path');
const { results } = require('./paths');

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
 * A fresh profile for one test run in test-results/profiles/NAME-PID (several runs may share a work
 * tree), which also receives the run's logs. Profiles left by runs that have ended are removed first.
 * @param {string} name e.g. "integration"
 */
function freshProfile(name) {
  const parent = path.join(results, 'profiles');
  fs.mkdirSync(parent, { recursive: true });
  for (const old of fs.readdirSync(parent)) {
    const pid = Number(old.slice(name.length + 1));
    if (old.startsWith(`${name}-`) && !isRunning(pid)) fs.rmSync(path.join(parent, old), { recursive: true, force: true });
  }
  return profileIn(path.join(parent, `${name}-${process.pid}`));
}

/** Removes a test run's profile (after a run that passed: nothing in it is needed then). */
function removeProfile(profile) {
  fs.rmSync(profile.dir, { recursive: true, force: true });
}

function isRunning(pid) {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return pid !== process.pid;
  } catch {
    return false;
  }
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

module.exports = { profileIn, freshProfile, removeProfile, isolatedEnv };
