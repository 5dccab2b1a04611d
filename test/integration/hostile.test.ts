// Hostile documents in the real extension host: a 20 MB article, closing a long article mid-analysis, rapid
// edits on a long article, and documents the extension must never edit (read-only, git:). Long documents are
// analysed in the worker thread; these tests check that they were (where), and report how long the
// extension host's event loop stalled (a figure, not an assertion: timings depend on the machine).
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import { analyze } from '../../src/core';
import { groupBySpeaker } from '../../src/core/export/groups';
import { DEFAULT_MAX_DOCUMENT_LENGTH } from '../../src/extension/settings';
import { closeAll, currentAnalysis, eventually, extensionApi, openSample, openUntitledArticle, record, SAMPLES, setMergeConflictScans, settledTree, shownTree, sleep, speakerNamed, type Api } from './speakersSupport';

/** What these tests see of the extension beyond the shared helpers' `Api`. */
type HostileApi = Api & {
  cache: Api['cache'] & {
    peek(document: vscode.TextDocument): { where: string } | undefined;
    workerStats: { superseded: number; restarts: number };
  };
  statusNotices: readonly string[];
  errorsLogged: () => number;
};

/** Tracks the longest pause of a 10 ms interval timer: how long the extension host's thread was blocked. */
function stallMeter(): { stop(): { longestMs: number; over50: number } } {
  let last = performance.now();
  let longestMs = 0;
  let over50 = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    longestMs = Math.max(longestMs, now - last);
    if (now - last > 50) over50++;
    last = now;
  }, 10);
  return { stop: () => (clearInterval(timer), { longestMs, over50 }) };
}

/** An article of about `length` characters: the seed over and over, each copy under its own headline. */
function longArticle(seed: string, length: number): string {
  const parts: string[] = [];
  let total = 0;
  for (let i = 1; total < length; i++) {
    const part = `Part ${i}\n\n${seed}\n\n`;
    parts.push(part);
    total += part.length;
  }
  return parts.join('').slice(0, length);
}

const freshTree = (text: string) =>
  groupBySpeaker(analyze(text, { maxLength: DEFAULT_MAX_DOCUMENT_LENGTH }), { sort: 'appearance', showUnattributed: true }).map((g) => [g.speaker?.name ?? 'Unattributed', g.statements.map((s) => s.text)]);

suite('Hostile documents', () => {
  let api: HostileApi;
  let seed: string;
  const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'article-lens-hostile-'));

  // The merge-conflict extension's scans are turned off so that the pauses measured are this extension's.
  const config = () => vscode.workspace.getConfiguration('articleLens');

  suiteSetup(async () => {
    api = (await extensionApi()) as HostileApi;
    seed = fs.readFileSync(path.join(SAMPLES, 'genoa-summit-2001.article'), 'utf8');
    await setMergeConflictScans(false);
    await closeAll();
  });
  suiteTeardown(async () => {
    await config().update('analysis.maxDocumentLength', undefined, vscode.ConfigurationTarget.Global);
    await setMergeConflictScans(undefined);
    await closeAll();
    fs.rmSync(temp, { recursive: true, force: true });
  });

  test('a 20 MB article is analysed in part, in the worker, said once in the status bar, and the host keeps ticking', async function () {
    this.timeout(180_000);
    const file = path.join(temp, 'huge.article');
    fs.writeFileSync(file, longArticle(seed, 20_000_000));
    const baseline = await plainTextPauses(file);
    const errors = api.errorsLogged();
    const started = Date.now();
    const document = await vscode.workspace.openTextDocument(vscode.Uri.file(file));
    // VS Code's own copy of the document into the host is done; from here on, the pauses are the extension's.
    const meter = stallMeter();
    const editor = await vscode.window.showTextDocument(document, { preview: false });
    await eventually(() => api.cache.has(document), (done) => done, 60_000);
    const firstAnalysis = Date.now() - started;
    await settledTree(api, document, 30_000);
    for (let i = 0; i < 3; i++) {
      await editor.edit((e) => e.insert(new vscode.Position(0, 0), 'Breaking: '));
      await settledTree(api, document, 30_000);
    }
    const stalls = meter.stop();
    record(
      `hostile: 20 MB article — first analysis ${firstAnalysis} ms after opening; longest extension-host pause ${stalls.longestMs.toFixed(0)} ms, ` +
        `${stalls.over50} pauses over 50 ms (from opening to 3 edits refreshed); the same text as plain text (VS Code alone): ` +
        `longest ${baseline.longestMs.toFixed(0)} ms, ${baseline.over50} over 50 ms`,
    );

    assert.strictEqual(api.cache.peek(document)?.where, 'worker', 'the 20 MB article was analysed on the extension host');
    const truncated = (await currentAnalysis(api, document)).problems.find((p) => p.code === 'truncated');
    assert.ok(truncated, 'the analysis does not say it stopped short');
    assert.match(api.statusBarItem.text, /^\$\(warning\)/);
    assert.match(api.speakersView.message ?? '', /Only the first/);
    assert.strictEqual(api.statusNotices.filter((m) => m.includes('huge.article')).length, 1, `said ${JSON.stringify(api.statusNotices)}`);
    assert.ok(speakerNamed(await shownTree(api), 'Bush').children.length > 0);
    assert.strictEqual(api.errorsLogged(), errors, 'a provider failed (see the Article Lens output)');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  test('closing a long article while its analysis waits for the worker drops the analysis, with no error', async function () {
    this.timeout(120_000);
    const errors = api.errorsLogged();
    // A huge article analysed whole keeps the worker busy for seconds, so the second one waits its turn.
    await config().update('analysis.maxDocumentLength', 10_000_000, vscode.ConfigurationTarget.Global);
    const busy = await openUntitledArticle(longArticle(seed, 6_000_000));
    try {
      const superseded = api.cache.workerStats.superseded;
      const editor = await openUntitledArticle(longArticle(seed, 150_000));
      const document = editor.document;
      assert.ok(!api.cache.has(document), 'analysed already: the test cannot close it mid-analysis');
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
      await sleep(500);
      assert.ok(document.isClosed);
      assert.ok(api.cache.workerStats.superseded > superseded, "the closed article's waiting analysis was not dropped");
      assert.ok(!api.cache.has(document));
      assert.notStrictEqual(api.editors.current, document);
      assert.strictEqual(api.errorsLogged(), errors);
    } finally {
      await vscode.window.showTextDocument(busy.document);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
      await config().update('analysis.maxDocumentLength', undefined, vscode.ConfigurationTarget.Global);
    }
  });

  test('300 rapid edits on a long article: the tree ends equal to a fresh analysis, made in the worker', async function () {
    this.timeout(120_000);
    const editor = await openUntitledArticle(longArticle(seed, 60_000));
    const errors = api.errorsLogged();
    for (let i = 0; i < 300; i++) {
      const at = editor.document.positionAt((i * 7919) % editor.document.getText().length);
      assert.ok(await editor.edit((e) => e.insert(at, i % 3 ? ' said ' : '"We will," Rice said. '), { undoStopBefore: false, undoStopAfter: false }));
    }
    await eventually(() => api.cache.has(editor.document), (done) => done, 30_000);
    const tree = await settledTree(api, editor.document, 30_000);
    assert.strictEqual(api.cache.peek(editor.document)?.where, 'worker');
    assert.deepStrictEqual(tree.map((s) => [s.label, s.children.map((c) => c.node.statement!.text)]), freshTree(editor.document.getText()));
    assert.strictEqual(api.errorsLogged(), errors);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  test('a read-only editor is never edited by the views, hovers or commands', async () => {
    const editor = await openSample('genoa-summit-2001.article');
    await vscode.commands.executeCommand('workbench.action.files.setActiveEditorReadonlyInSession');
    const { document } = editor;
    const version = document.version;
    await exerciseEverything(api, document);
    assert.strictEqual(document.version, version, 'the document changed');
    assert.ok(!document.isDirty);
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('workbench.action.files.resetActiveEditorReadonlyInSession');
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });

  test('a git: document (an old version in a diff) gets the views, is never edited, and gets no diagnostics', async () => {
    // Git is disabled in the test profile: this provider stands in for its content provider.
    const provider = vscode.workspace.registerTextDocumentContentProvider('git', { provideTextDocumentContent: () => `${seed}\n"This quotation never closes.\n` });
    try {
      const uri = vscode.Uri.from({ scheme: 'git', path: path.join(SAMPLES, 'genoa-summit-2001.article'), query: JSON.stringify({ ref: 'HEAD~1' }) });
      const document = await vscode.workspace.openTextDocument(uri);
      assert.strictEqual(document.languageId, 'article');
      await vscode.window.showTextDocument(document, { preview: false });
      const version = document.version;
      await exerciseEverything(api, document);
      assert.strictEqual(document.version, version);
      assert.ok(!document.isDirty);
      assert.deepStrictEqual(vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'Article Lens'), []);
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    } finally {
      provider.dispose();
    }
  });
});

/** The extension host's pauses for the same steps with the text as plain text, which this extension ignores. */
async function plainTextPauses(articleFile: string): Promise<{ longestMs: number; over50: number }> {
  const file = articleFile.replace(/\.article$/, '.txt');
  fs.copyFileSync(articleFile, file);
  const document = await vscode.workspace.openTextDocument(vscode.Uri.file(file));
  const meter = stallMeter();
  const editor = await vscode.window.showTextDocument(document, { preview: false });
  await sleep(1000);
  for (let i = 0; i < 3; i++) {
    await editor.edit((e) => e.insert(new vscode.Position(0, 0), 'Breaking: '));
    await sleep(700);
  }
  const pauses = meter.stop();
  await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  fs.rmSync(file);
  return pauses;
}

/** Every provider and command on the active article; the tree must list its speakers. */
async function exerciseEverything(api: HostileApi, document: vscode.TextDocument): Promise<void> {
  const errors = api.errorsLogged();
  const tree = await settledTree(api, document);
  assert.ok(speakerNamed(tree, 'Bush').children.length > 0);
  const at = document.positionAt(document.getText().indexOf('Bush'));
  await vscode.commands.executeCommand('vscode.executeHoverProvider', document.uri, at);
  await vscode.commands.executeCommand('vscode.executeDocumentSymbolProvider', document.uri);
  await vscode.commands.executeCommand('vscode.executeReferenceProvider', document.uri, at);
  await vscode.commands.executeCommand('vscode.provideDocumentSemanticTokens', document.uri);
  await vscode.commands.executeCommand('vscode.executeFoldingRangeProvider', document.uri);
  await vscode.commands.executeCommand('articleLens.copyStatementWithAttribution');
  const exported = await vscode.commands.executeCommand<{ uri: vscode.Uri }>('articleLens.exportStatements', { format: 'markdown', destination: 'untitled' });
  assert.ok(exported && exported.uri.toString() !== document.uri.toString(), 'the export did not go to a new editor');
  await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  await sleep(400);
  assert.strictEqual(api.errorsLogged(), errors, 'a provider failed (see the Article Lens output)');
}
