// After an edit: when the analysis starts (at once for an isolated edit, after a pause while the user keeps
// typing, see src/extension/editPace.ts), and the Speakers view's items kept across a refresh, their click
// still selecting the statement's words where an edit above has moved them. Structure only: no timings.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { ISOLATED_EDIT_GAP_MS } from '../../src/extension/editPace';
import { closeAll, eventually, extensionApi, openUntitledArticle, SAMPLES, settledTree, sleep, speakerNamed, type Api } from './speakersSupport';

const seed = () => fs.readFileSync(path.join(SAMPLES, 'genoa-summit-2001.article'), 'utf8');

suite('Edits and refreshes', () => {
  let api: Api;
  suiteSetup(async () => {
    api = await extensionApi();
    await closeAll();
  });
  suiteTeardown(closeAll);

  test('an isolated edit is analysed at once; an edit made while typing waits for the pause', async () => {
    // Long enough that its analysis (in the worker) is not done yet when the test asks.
    const editor = await openUntitledArticle(`${seed()}\n\n`.repeat(8));
    await eventually(() => api.cache.has(editor.document), (done) => done, 30_000);
    await sleep(1500);
    const runs = api.cache.analysesRun;
    const changes: number[] = [];
    const listening = vscode.workspace.onDidChangeTextDocument((e) => e.document === editor.document && changes.push(performance.now()));
    try {
      await editor.edit((e) => e.insert(new vscode.Position(0, 0), 'Update: '));
      assert.strictEqual(api.cache.analysesRun, runs + 1, 'the isolated edit did not start its analysis as it reached the host');
      await editor.edit((e) => e.insert(new vscode.Position(0, 0), 'Late '));
      // On a very slow machine the second edit may come too late to count as typing: then it is isolated too.
      const typing = changes.length === 2 && changes[1] - changes[0] < ISOLATED_EDIT_GAP_MS;
      if (typing) assert.strictEqual(api.cache.analysesRun, runs + 1, 'an edit right after another started an analysis before typing paused');
      await settledTree(api, editor.document, 30_000);
      assert.strictEqual(api.cache.analysesRun, runs + 2, 'the second edit was not analysed, or was analysed twice');
    } finally {
      listening.dispose();
    }
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  test('after an edit above a statement, its item is kept and its click selects the moved words', async () => {
    const editor = await openUntitledArticle(seed());
    const provider = api.speakersProvider;
    const before = speakerNamed(await settledTree(api, editor.document), 'Condoleezza Rice').children[0];
    await sleep(1000);
    // At the start of the paragraph before the statement's: no word, quotation or speaker changes.
    const text = editor.document.getText();
    const paragraph = text.lastIndexOf('\n\n', text.lastIndexOf('\n\n', text.indexOf(before.node.statement!.text)) - 1) + 2;
    await editor.edit((e) => e.insert(editor.document.positionAt(paragraph), 'Markets were calm on Tuesday. '));
    const after = speakerNamed(await settledTree(api, editor.document), 'Condoleezza Rice').children[0];
    assert.strictEqual(after.node.id, before.node.id, 'the statement changed id');
    assert.notStrictEqual(after.node.statement!.start, before.node.statement!.start, 'the edit did not move the statement');
    assert.strictEqual(await provider.getTreeItem(after.node), before.item, 'the unchanged item was built again');
    const command = after.item.command!;
    await vscode.commands.executeCommand(command.command, ...(command.arguments ?? []));
    const shown = vscode.window.activeTextEditor!;
    assert.strictEqual(shown.document, editor.document);
    assert.strictEqual(shown.document.offsetAt(shown.selection.start), after.node.statement!.start);
    assert.strictEqual(shown.document.getText(shown.selection), after.node.statement!.text);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
