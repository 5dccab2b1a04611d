// The UI check: the packaged .vsix installed in code-server, driven in headless Chromium. It opens the
// seed article and checks what a user sees: the language in the status bar, quotations coloured apart
// from body text, the Speakers view listing the speakers, a hover over a quotation. Screenshots go to
// test-results/screenshots/. The last one (seed coloured, Speakers view open, a hover) becomes the README's
// docs/images/article-lens.png when that is missing and every check passed, or whenever UPDATE_SCREENSHOTS=1;
// the treaty and figure hovers become docs/images/hover-treaty.png and hover-figure.png the same way.
// Run alone: `npm run package && node test/e2e/uiCheck.js`.
const fs = require('fs');
const path = require('path');
const host = require('../../scripts/vscodeHost/codeServer');
const { freshProfile, removeProfile } = require('../../scripts/vscodeHost/profile');
const { launchBrowser } = require('../../scripts/vscodeHost/chromium');
const { root, samples, screenshots, vsix } = require('../../scripts/vscodeHost/paths');
const wb = require('./workbench');

const SEED = 'genoa-summit-2001.article';
const QUOTATION = 'The two go hand in hand';
const SPEAKERS = ['Bush', 'Putin', 'Rice'];
const README_IMAGE = path.join(root, 'docs', 'images', 'article-lens.png');
/** The seed's line with the warhead figures and START II (1-based, front matter included). */
const FIGURES_LINE = 34;

/**
 * The checks, in order; each returns null when it passes or a sentence saying what was seen.
 * @type {[string, (page: import('playwright-core').Page) => Promise<string | null>][]}
 */
const CHECKS = [
  ['the status bar shows the language "Article"', async (page) => {
    const language = await wb.statusBarLanguage(page, 'Article');
    return language === 'Article' ? null : `the status bar shows "${language}"`;
  }],
  ['a quotation is coloured differently from body text', async (page) => {
    const seen = await wb.tokenColours(page, QUOTATION);
    if (!seen) return `the line with "${QUOTATION}" has a single colour after 15 s (no tokenization?)`;
    return seen.body && seen.body !== seen.quoted ? null : `quotation ${seen.quoted}, body text ${seen.body}`;
  }],
  ["the Speakers view lists the seed's speakers", async (page) => {
    const rows = await wb.viewRows(page, 'Speakers', SPEAKERS.length);
    // "Vladimir Putin" is Putin; "Bush; Vladimir Putin" (a joint statement) is not.
    const missing = SPEAKERS.filter((name) => !rows.some((row) => new RegExp(`(^|\\s)${name}$`).test(row)));
    // For the screenshot: the first speaker's statements under it.
    await wb.expandRow(page, 'Speakers', SPEAKERS[0]);
    return missing.length ? `missing ${missing.join(', ')} among rows ${JSON.stringify(rows)}` : null;
  }],
  ['a hover over a quotation names its speaker', async (page) => {
    const text = await wb.hoverOver(page, QUOTATION);
    return /Bush/.test(text) ? null : `the hover says ${JSON.stringify(text.slice(0, 200))}`;
  }],
];

/**
 * Hovers shown in the README: taken after the checks, each checked for what it must explain.
 * @type {[string, string, string, RegExp][]}
 */
const README_HOVERS = [
  ['hover-treaty', 'a hover over START II explains the treaty', 'START II', /Strategic Arms Reduction/i],
  ['hover-figure', 'a hover over "about 7,000" compares it with the other figures', '7,000', /3,000/],
];

async function shoot(page, name) {
  const file = path.join(screenshots, `${name}.png`);
  await page.screenshot({ path: file }).catch(() => undefined);
  return file;
}

/** Runs a setup step; when it fails, says which one with a screenshot instead of a bare timeout. */
async function step(page, what, action) {
  try {
    await action();
  } catch (error) {
    const shot = await shoot(page, 'FAILED-setup');
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new Error(`not reached: ${what} (${reason}; screenshot: ${path.relative(root, shot)})`);
  }
}

/** Runs every check against a code-server with the .vsix installed; returns per-check outcomes. */
async function runUiCheck() {
  if (!fs.existsSync(vsix)) throw new Error(`${path.relative(root, vsix)} is missing: run npm run package first`);
  fs.rmSync(screenshots, { recursive: true, force: true });
  fs.mkdirSync(screenshots, { recursive: true });
  const profile = freshProfile('ui');
  host.installVsix(vsix, profile);
  const server = await host.startCodeServer({ profile, log: path.join(profile.dir, 'code-server.log') });
  let browser;
  const outcomes = [];
  let logs = null;
  try {
    browser = await launchBrowser(profile.browser);
    const page = browser.pages()[0] ?? (await browser.newPage());
    await page.goto(`${server.url}/?folder=${encodeURIComponent(samples)}`);
    await step(page, `the workbench shows samples/ with ${SEED}`, () => wb.waitForWorkbench(page, SEED));
    await step(page, `${SEED} opens in an editor`, () => wb.openFile(page, SEED, 'Bush, Putin Forge'));
    await shoot(page, '01-opened');
    for (const [index, [title, check]] of CHECKS.entries()) {
      const problem = await check(page).catch((error) => `could not check: ${error instanceof Error ? error.message.split('\n')[0] : error}`);
      const shot = await shoot(page, `${String(index + 2).padStart(2, '0')}-${problem ? 'FAILED-' : ''}${title.replace(/\W+/g, '-').slice(0, 40)}`);
      outcomes.push({ title, state: problem ? 'failed' : 'passed', error: problem ? `${problem} (screenshot: ${path.relative(root, shot)})` : undefined });
    }
    const last = path.join(screenshots, 'article-lens.png');
    await page.screenshot({ path: last });
    const shots = [[last, README_IMAGE]];
    for (const [name, title, words, expected] of README_HOVERS) {
      const problem = await wb.goToLine(page, FIGURES_LINE)
        .then(() => wb.hoverOver(page, words))
        .then((text) => (expected.test(text) ? null : `the hover says ${JSON.stringify(text.slice(0, 200))}`))
        .catch((error) => `could not check: ${error instanceof Error ? error.message.split('\n')[0] : error}`);
      const shot = await shoot(page, name);
      outcomes.push({ title, state: problem ? 'failed' : 'passed', error: problem ? `${problem} (screenshot: ${path.relative(root, shot)})` : undefined });
      shots.push([shot, path.join(root, 'docs', 'images', `${name}.png`)]);
    }
    const allPassed = outcomes.every((o) => o.state === 'passed');
    for (const [shot, image] of shots) {
      if (process.env.UPDATE_SCREENSHOTS === '1' || (allPassed && !fs.existsSync(image))) {
        fs.mkdirSync(path.dirname(image), { recursive: true });
        fs.copyFileSync(shot, image);
        console.log(`  updated ${path.relative(root, image)}`);
      }
    }
  } catch (error) {
    throw new Error(`${error instanceof Error ? error.message : error}; log: ${path.relative(root, profile.dir)}/code-server.log`);
  } finally {
    await browser?.close().catch(() => undefined);
    await server.stop();
    const passed = outcomes.length === CHECKS.length + README_HOVERS.length && outcomes.every((o) => o.state === 'passed');
    if (passed) removeProfile(profile);
    else logs = `${path.relative(root, profile.dir)}/code-server.log`;
  }
  return { outcomes, logs };
}

async function runAndReport() {
  const { outcomes, logs } = await runUiCheck();
  for (const o of outcomes) console.log(`  ${o.state === 'passed' ? '✔' : '✘'} ${o.title}${o.error ? `\n      ${o.error}` : ''}`);
  console.log(`  screenshots: ${path.relative(root, screenshots)}/${logs ? `; log of this run: ${logs}` : ''}`);
  const passed = outcomes.filter((o) => o.state === 'passed').length;
  return { passed, failed: outcomes.length - passed };
}

module.exports = { runUiCheck, runAndReport };

if (require.main === module) {
  runAndReport().then(
    ({ passed, failed }) => { console.log(`${passed} passed, ${failed} failed`); process.exit(failed ? 1 : 0); },
    (error) => { console.error(error); console.log('0 passed, 1 failed'); process.exit(1); },
  );
}
