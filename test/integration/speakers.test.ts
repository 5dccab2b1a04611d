// The Speakers view in a real extension host: its items and counts on the seed and a Wikinews article,
// reveal on selection, follow-cursor, sorting, filtering, the Unattributed group and stable ids on edit.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { closeAll, currentAnalysis, eventually, extensionApi, offsetOf, openSample, settledTree, shownTree, sleep, speakerNamed, type Api, type ShownItem } from './speakersSupport';

const kindOf = (item: ShownItem) => item.node.statement?.kind;
const iconOf = (item: ShownItem) => (item.item.iconPath instanceof vscode.ThemeIcon ? item.item.iconPath.id : '');

suite('Speakers view', () => {
  let api: Api;
  let editor: vscode.TextEditor;

  suiteSetup(async () => {
    api = await extensionApi();
    editor = await openSample('genoa-summit-2001.article');
  });
  suiteTeardown(closeAll);

  test('lists Bush, Vladimir Putin and Condoleezza Rice, Rice with her two quotations in reading order', async () => {
    const tree = await settledTree(api, editor.document);
    for (const name of ['Bush', 'Vladimir Putin', 'Condoleezza Rice']) speakerNamed(tree, name);
    const rice = speakerNamed(tree, 'Condoleezza Rice');
    const direct = rice.children.filter((c) => kindOf(c) === 'direct').map((c) => c.label);
    assert.deepStrictEqual(direct.map((l) => l.slice(0, 25)), ['We expect to move quickly', 'We clearly want an aggres']);
    assert.match(rice.description, /national security adviser/);
  });

  test('each speaker shows its statement count, and the tree holds every statement once', async () => {
    const tree = await settledTree(api, editor.document);
    const analysis = await currentAnalysis(api, editor.document);
    for (const speaker of tree) {
      const n = speaker.children.length;
      assert.ok(speaker.description.includes(`${n} statement${n === 1 ? '' : 's'}`), `${speaker.label}: ${speaker.description}`);
    }
    const shown = tree.flatMap((s) => s.children.map((c) => c.node.statement!.id)).sort();
    assert.deepStrictEqual(shown, analysis.statements.map((s) => s.id).sort());
    const ids = [...tree.map((s) => s.item.id), ...tree.flatMap((s) => s.children.map((c) => c.item.id))];
    assert.strictEqual(new Set(ids).size, ids.length, 'tree ids are unique');
  });

  test('statements show their kind as icon and their cue as description; the tooltip quotes them as written', async () => {
    const tree = await settledTree(api, editor.document);
    const icons: Record<string, string> = { direct: 'quote', mixed: 'comment-discussion', indirect: 'comment' };
    for (const child of tree.flatMap((s) => s.children)) assert.strictEqual(iconOf(child), icons[kindOf(child)!]);
    const bush = speakerNamed(tree, 'Bush').children.find((c) => c.label.startsWith('The two go hand in hand'));
    assert.ok(bush, 'Bush: "The two go hand in hand"');
    assert.strictEqual(bush.description, 'said');
    const resolved = await api.speakersProvider.resolveTreeItem!(bush.item, bush.node, new vscode.CancellationTokenSource().token);
    const tooltip = (resolved?.tooltip ?? bush.item.tooltip) as vscode.MarkdownString;
    // appendText writes spaces as &nbsp; (rendered as spaces).
    assert.match(tooltip.value.replace(/&nbsp;/g, ' '), /"The two go hand in hand," Bush said/);
    assert.ok(!tooltip.isTrusted, 'tooltips are untrusted');
  });

  test('selecting a statement reveals and selects its words in the editor', async () => {
    const tree = await settledTree(api, editor.document);
    const putin = speakerNamed(tree, 'Vladimir Putin').children.find((c) => c.label.includes('joint striving'));
    assert.ok(putin?.item.command, 'Putin\'s statement has a command');
    await vscode.commands.executeCommand(putin.item.command.command, ...(putin.item.command.arguments ?? []));
    const active = vscode.window.activeTextEditor;
    assert.strictEqual(active?.document, editor.document);
    assert.strictEqual(active.document.getText(active.selection), putin.node.statement!.text);
    const visible = active.visibleRanges.some((r) => r.contains(active.selection));
    assert.ok(visible, 'the statement is scrolled into view');
  });

  test('follow-cursor selects the statement under the cursor in the view', async () => {
    await vscode.commands.executeCommand('articleLens.speakers.focus');
    await eventually(() => api.speakersView.visible, (v) => v);
    editor = await vscode.window.showTextDocument(editor.document);
    for (const words of ['a joint striving exists', 'We expect to move quickly']) {
      const position = editor.document.positionAt(offsetOf(editor.document, words, 4));
      editor.selection = new vscode.Selection(position, position);
      const selected = await eventually(() => api.speakersView.selection, (s) => s[0]?.statement?.text.includes(words) ?? false, 5000);
      assert.ok(selected[0]?.statement?.text.includes(words), `selected: ${JSON.stringify(selected.map((s) => s.statement?.text))}`);
    }
  });

  test('with follow-cursor off, moving the cursor leaves the view alone', async () => {
    const config = vscode.workspace.getConfiguration('articleLens');
    await config.update('speakers.followCursor', false, vscode.ConfigurationTarget.Global);
    try {
      const before = api.speakersView.selection.map((s) => s.id);
      const position = editor.document.positionAt(offsetOf(editor.document, 'The two go hand in hand', 4));
      editor.selection = new vscode.Selection(position, position);
      await sleep(800);
      assert.deepStrictEqual(api.speakersView.selection.map((s) => s.id), before);
    } finally {
      await config.update('speakers.followCursor', undefined, vscode.ConfigurationTarget.Global);
    }
  });

  test('sorts by name, by number of statements, and by first appearance', async () => {
    const names = async () => (await shownTree(api)).filter((s) => s.node.id !== 'unattributed');
    try {
      await vscode.commands.executeCommand('articleLens.speakers.sortByName');
      const byName = (await names()).map((s) => s.label);
      assert.deepStrictEqual(byName, [...byName].sort((a, b) => a.localeCompare(b, undefined, { sensitivity: 'base' })));
      await vscode.commands.executeCommand('articleLens.speakers.sortByCount');
      const counts = (await names()).map((s) => s.children.length);
      assert.deepStrictEqual(counts, [...counts].sort((a, b) => b - a));
    } finally {
      await vscode.commands.executeCommand('articleLens.speakers.sortByAppearance');
    }
    const firsts = (await names()).map((s) => s.node.id);
    assert.strictEqual(firsts.length > 2, true);
    assert.strictEqual(api.speakersProvider.sort, 'appearance');
  });

  test('filters by kind, and shows all kinds again', async () => {
    try {
      await vscode.commands.executeCommand('articleLens.speakers.filterByKind', ['direct']);
      const tree = await shownTree(api);
      const kinds = new Set(tree.flatMap((s) => s.children.map(kindOf)));
      assert.deepStrictEqual([...kinds], ['direct']);
    } finally {
      await vscode.commands.executeCommand('articleLens.speakers.showAllKinds');
    }
    const all = new Set((await shownTree(api)).flatMap((s) => s.children.map(kindOf)));
    assert.ok(all.size > 1, `kinds after reset: ${[...all]}`);
  });

  test('refreshing after an edit keeps the ids of speakers and statements', async () => {
    const before = await settledTree(api, editor.document);
    const ids = (tree: ShownItem[]) => tree.flatMap((s) => [s.item.id, ...s.children.map((c) => c.item.id)]);
    await editor.edit((e) => e.insert(editor.document.positionAt(offsetOf(editor.document, 'The leaders expressed')), 'An inserted paragraph of no consequence.\n\n'));
    try {
      const after = await settledTree(api, editor.document);
      assert.deepStrictEqual(ids(after), ids(before));
    } finally {
      await vscode.commands.executeCommand('undo');
    }
  });
});
