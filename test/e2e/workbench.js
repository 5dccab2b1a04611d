// Small helpers that read and drive VS Code's web workbench (code-server) through playwright-core.
// Selectors are the workbench's own DOM classes and ids; each wait has a timeout and a clear message.

/** @typedef {import('playwright-core').Page} Page */

/** Waits until the workbench has loaded the folder and shows the file in the Explorer. */
async function waitForWorkbench(page, fileName) {
  await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
  await explorerRow(page, fileName).waitFor({ timeout: 60_000 });
}

const explorerRow = (page, fileName) => page.locator('.explorer-folders-view .monaco-list-row', { hasText: fileName }).first();

/** Opens a file from the Explorer, falling back to Quick Open; resolves when its text is on screen. */
async function openFile(page, fileName, firstWords) {
  await explorerRow(page, fileName).click();
  const text = page.locator('.monaco-editor .view-lines', { hasText: firstWords }).first();
  try {
    await text.waitFor({ timeout: 10_000 });
  } catch {
    await page.keyboard.press('Control+P');
    await page.keyboard.type(fileName);
    await page.keyboard.press('Enter');
    await text.waitFor({ timeout: 20_000 });
  }
}

/** The language name in the status bar ("Plain Text", "Article"), once it is `expected` or after the timeout. */
async function statusBarLanguage(page, expected, timeoutMs = 20_000) {
  const item = page.locator('[id="status.editor.mode"]');
  const deadline = Date.now() + timeoutMs;
  let shown = (await item.innerText({ timeout: timeoutMs })).trim();
  while (shown !== expected && Date.now() < deadline) {
    await page.waitForTimeout(250);
    shown = (await item.innerText()).trim();
  }
  return shown;
}

/**
 * The editor's token span holding `words` and a span of body text on the same line, with their colours.
 * Resolves once tokenization has coloured the line (more than one colour on it) or after the timeout.
 */
async function tokenColours(page, words, timeoutMs = 15_000) {
  const probe = (w) => {
    // The editor renders spaces as no-break spaces.
    const text = (node) => (node.textContent ?? '').replace(/\u00a0/g, ' ');
    const line = [...document.querySelectorAll('.monaco-editor .view-line')].find((l) => text(l).includes(w));
    if (!line) return null;
    const spans = [...line.querySelectorAll('span[class^="mtk"], span[class*=" mtk"]')];
    const quoted = spans.find((s) => text(s).includes(w.split(' ').slice(0, 2).join(' ')));
    const colour = (s) => getComputedStyle(s).color;
    const colours = new Set(spans.map(colour));
    if (!quoted || colours.size < 2) return null;
    const body = spans.find((s) => colour(s) !== colour(quoted) && /[a-z]{3}/i.test(text(s)) && !/["“”]/.test(text(s)));
    return { quoted: colour(quoted), body: body ? colour(body) : null, bodyText: body ? text(body) : null, colours: colours.size };
  };
  try {
    const handle = await page.waitForFunction(probe, words, { timeout: timeoutMs, polling: 250 });
    return await handle.jsonValue();
  } catch {
    return null;
  }
}

/** Moves the mouse onto `words` in the editor in small steps (a single jump shows no hover). */
async function hoverOver(page, words) {
  const span = page.locator('.monaco-editor .view-line span', { hasText: words }).last();
  const box = await span.boundingBox({ timeout: 10_000 });
  if (!box) throw new Error(`"${words}" is not on screen`);
  const x = box.x + Math.min(box.width / 2, 40);
  const y = box.y + box.height / 2;
  await page.mouse.move(x - 60, y + 40);
  await page.mouse.move(x, y, { steps: 5 });
  const hover = page.locator('.monaco-hover:not(.hidden)').filter({ hasText: /\S/ }).first();
  try {
    await hover.waitFor({ state: 'visible', timeout: 8_000 });
  } catch {
    // Keyboard fallback: put the cursor there and ask for the hover (Ctrl+K Ctrl+I).
    await page.mouse.click(x, y);
    await page.keyboard.press('Control+K');
    await page.keyboard.press('Control+I');
    await hover.waitFor({ state: 'visible', timeout: 8_000 });
  }
  return (await hover.innerText()).trim();
}

/** Scrolls the active editor to a 1-based line with Go to Line (Ctrl+G), so that its words are on screen. */
async function goToLine(page, line) {
  await page.locator('.monaco-editor .view-lines').first().click();
  await page.keyboard.press('Control+G');
  const input = page.locator('.quick-input-widget input').first();
  await input.waitFor({ state: 'visible', timeout: 5_000 });
  await input.fill(`:${line}`);
  await page.keyboard.press('Enter');
  await page.mouse.move(5, 5);
}

const paneHeader = (page, title) => page.locator('.pane-header', { hasText: new RegExp(`^\\s*${title}`, 'i') }).first();
const paneBody = (page, title) => page.locator('.pane', { has: paneHeader(page, title) }).locator('.pane-body');

/**
 * The labels of the top-level rows of the Explorer's view titled `title` (without their descriptions),
 * once there are `atLeast`. It makes room
 * first: the file list's section and the view's expanded rows are collapsed, since the list only
 * renders the rows that fit on screen.
 */
async function viewRows(page, title, atLeast, timeoutMs = 20_000) {
  const header = paneHeader(page, title);
  await header.waitFor({ timeout: timeoutMs });
  if ((await header.getAttribute('aria-expanded')) === 'false') await header.click();
  const files = page.locator('.pane', { has: page.locator('.explorer-folders-view') }).locator('.pane-header').first();
  if ((await files.getAttribute('aria-expanded')) === 'true') await files.click();
  const rows = paneBody(page, title).locator('.monaco-list-row[aria-level="1"]');
  const expanded = paneBody(page, title).locator('.monaco-list-row[aria-level="1"][aria-expanded="true"] .monaco-tl-twistie');
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if ((await expanded.count()) > 0) await expanded.first().click();
    else if ((await rows.count()) >= atLeast) break;
    else await page.waitForTimeout(250);
  }
  return rows.evaluateAll((elements) => elements.map((row) => (row.querySelector('.label-name') ?? row).textContent?.trim() ?? ''));
}

/** Expands the first collapsed top-level row holding `text` in the Explorer's view titled `title`. */
async function expandRow(page, title, text) {
  const row = paneBody(page, title).locator('.monaco-list-row[aria-level="1"][aria-expanded="false"]', { hasText: text }).first();
  if ((await row.count()) === 0) return false;
  await row.locator('.monaco-tl-twistie').click();
  await page.waitForTimeout(300);
  return true;
}

module.exports = { waitForWorkbench, openFile, statusBarLanguage, tokenColours, hoverOver, goToLine, viewRows, expandRow };
