// The Speakers view on other articles: a Wikinews article, and quotations with no speaker.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { closeAll, eventually, extensionApi, openSample, openUntitledArticle, settledTree, shownTree, sleep, type Api } from './speakersSupport';

suite('Speakers view on other articles', () => {
  let api: Api;

  suiteSetup(async () => {
    api = await extensionApi();
  });
  suiteTeardown(closeAll);

  test('a Wikinews article lists KCNA among its speakers', async () => {
    const korea = await openSample('korea.article');
    const tree = await settledTree(api, korea.document);
    const kcna = tree.find((s) => /KCNA|Korean Central News Agency/.test(s.label));
    assert.ok(kcna, `speakers: ${JSON.stringify(tree.map((s) => s.label))}`);
    assert.ok(kcna.children.length >= 2, `KCNA's statements: ${JSON.stringify(kcna.children.map((c) => c.label))}`);
  });

  test('quotations without a speaker form an Unattributed group, which a setting hides', async () => {
    const untitled = await openUntitledArticle('Storm Closes Roads\n\n"Nothing is decided yet. We will know more tomorrow."\n\nThe roads were closed on Monday.\n');
    const config = vscode.workspace.getConfiguration('articleLens');
    try {
      const tree = await settledTree(api, untitled.document);
      const group = tree.find((s) => s.node.id === 'unattributed');
      assert.ok(group && group.label === 'Unattributed', `groups: ${JSON.stringify(tree.map((s) => s.label))}`);
      await config.update('speakers.showUnattributed', false, vscode.ConfigurationTarget.Global);
      const hidden = await eventually(() => shownTree(api), (t) => !t.some((s) => s.node.id === 'unattributed'), 5000);
      assert.ok(!hidden.some((s) => s.node.id === 'unattributed'));
    } finally {
      await config.update('speakers.showUnattributed', undefined, vscode.ConfigurationTarget.Global);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
      await sleep(50);
    }
  });
});
