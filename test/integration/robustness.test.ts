// The glue under stress: 1,000 rapid edits, untitled documents, closing an editor mid-analysis, a document
// over the size limit, and providers fed junk. Nothing may throw, and the view must end up right.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { analyze } from '../../src/core';
import { groupBySpeaker } from '../../src/core/export/groups';
import { DEFAULT_MAX_DOCUMENT_LENGTH } from '../../src/extension/settings';
import { seededRandom } from '../shared/seededRandom';
import { closeAll, currentAnalysis, eventually, extensionApi, openSample, openUntitledArticle, record, settledTree, shownTree, sleep, type Api } from './speakersSupport';

/** Seeded, so a failing run can be replayed. */
const random = seededRandom;

const PIECES = ['"', '“', '”', ' said ', 'Bush', ' she told reporters.', '\n\n', ', ', 'x', '"We will," Rice said. '];

suite('Robustness', () => {
  let api: Api;

  suiteSetup(async () => {
    api = await extensionApi();
  });
  suiteTeardown(closeAll);

  test('after 1,000 rapid edits the tree equals a fresh analysis, and typing did not analyse every keystroke', async function () {
    this.timeout(120_000);
    const seed = (await openSample('genoa-summit-2001.article')).document.getText();
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    const editor = await openUntitledArticle(seed);
    const next = random(2001);
    const runsBefore = api.cache.analysesRun;
    const started = Date.now();
    for (let i = 0; i < 1000; i++) {
      const length = editor.document.getText().length;
      const at = editor.document.positionAt(Math.floor(next() * length));
      const ok = await editor.edit((e) => {
        if (next() < 0.3 && length > 10) e.delete(new vscode.Range(at, editor.document.positionAt(Math.min(length, editor.document.offsetAt(at) + 1 + Math.floor(next() * 8)))));
        else e.insert(at, PIECES[Math.floor(next() * PIECES.length)]);
      }, { undoStopBefore: false, undoStopAfter: false });
      assert.ok(ok, `edit ${i} was refused`);
    }
    const editing = Date.now() - started;
    // Wait for the views' own debounced analysis (asking the tree now would start one at once).
    await eventually(() => api.cache.has(editor.document), (done) => done, 15_000);
    const settled = Date.now() - started - editing;
    const tree = await settledTree(api, editor.document, 15_000);
    const runs = api.cache.analysesRun - runsBefore;
    record(`robustness: 1,000 edits in ${editing} ms, analysed ${settled} ms after the last; ${runs} analyses in all`);
    const fresh = groupBySpeaker(analyze(editor.document.getText(), { maxLength: DEFAULT_MAX_DOCUMENT_LENGTH }), { sort: 'appearance', showUnattributed: true });
    const shown = tree.map((s) => [s.label, s.children.map((c) => c.node.statement!.text)]);
    const expected = fresh.map((g) => [g.speaker?.name ?? 'Unattributed', g.statements.map((s) => s.text)]);
    assert.deepStrictEqual(shown, expected);
    assert.ok(runs < 200, `${runs} analyses for 1,000 edits: the refresh is not debounced`);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  test('an untitled article gets the tree, symbols and status like a file', async () => {
    const editor = await openUntitledArticle('Mayor Resigns\n\n"I have decided to step down," Mayor Jane Doe said on Monday.\n');
    try {
      const tree = await settledTree(api, editor.document);
      assert.ok(tree.some((s) => s.label.includes('Jane Doe')), JSON.stringify(tree.map((s) => s.label)));
      const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', editor.document.uri);
      assert.strictEqual(symbols?.[0]?.name, 'Mayor Resigns');
    } finally {
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
  });

  test('closing the editor mid-analysis leaves an empty view and no error', async () => {
    const editor = await openUntitledArticle('Talks Resume\n\n"We are close," Rice said.\n');
    await settledTree(api, editor.document);
    await editor.edit((e) => e.insert(new vscode.Position(2, 0), '"Very close," Putin said. '));
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await sleep(600);
    assert.strictEqual(api.editors.current, undefined);
    assert.deepStrictEqual(await shownTree(api), []);
  });

  test('a document over the size limit is analysed up to the limit and says so', async function () {
    this.timeout(60_000);
    const config = vscode.workspace.getConfiguration('articleLens');
    const paragraph = '"We expect to move quickly," she told reporters. Rice will travel to Moscow.\n\n';
    const editor = await openUntitledArticle(`Long Article\n\n${paragraph.repeat(2000)}`);
    try {
      await settledTree(api, editor.document);
      assert.ok(!(await currentAnalysis(api, editor.document)).problems.some((p) => p.code === 'truncated'), 'under the default limit');
      assert.strictEqual(api.speakersView.message, undefined);
      // Lowering the limit re-analyses the open document at once.
      await config.update('analysis.maxDocumentLength', 20_000, vscode.ConfigurationTarget.Global);
      const message = await eventually(() => api.speakersView.message, (m) => !!m);
      assert.match(message ?? '', /20000|20,000/);
      assert.match(api.statusBarItem.text, /^\$\(warning\)/);
      const analysis = await currentAnalysis(api, editor.document);
      assert.ok(analysis.statements.every((s) => s.end <= 20_000));
      // Time a fresh analysis of a new version, under the limit.
      await editor.edit((e) => e.insert(new vscode.Position(0, 0), 'A '));
      const started = Date.now();
      await currentAnalysis(api, editor.document);
      record(`robustness: analysed ${editor.document.getText().length} characters (limit 20,000) in ${Date.now() - started} ms`);
    } finally {
      await config.update('analysis.maxDocumentLength', undefined, vscode.ConfigurationTarget.Global);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
  });

  test('providers answer junk, empty and unbalanced documents without throwing', async () => {
    const samples = ['', '"', '\u201c\u201c\u201d', '\0\uFFFD\uD800 "', '---\ntitle: x\n', '"a," b said. '.repeat(500), 'Headline\r\n\r\n"CRLF," she said.\r\n'];
    for (const content of samples) {
      const editor = await openUntitledArticle(content);
      const uri = editor.document.uri;
      await vscode.commands.executeCommand('vscode.executeDocumentSymbolProvider', uri);
      await vscode.commands.executeCommand('vscode.executeReferenceProvider', uri, new vscode.Position(0, 0));
      await vscode.commands.executeCommand('articleLens.copyStatementWithAttribution');
      await shownTree(api);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
  });
});
