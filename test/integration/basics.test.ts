// The extension inside a real VS Code extension host, on the seed article: the language mode,
// the hover on a quotation, and the Speakers tree's data.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import { EXTENSION_ID, eventually, SAMPLES } from './speakersSupport';

const SEED = path.join(SAMPLES, 'genoa-summit-2001.article');

/** The position in the middle of the first occurrence of `words`. */
function positionOf(document: vscode.TextDocument, words: string): vscode.Position {
  const offset = document.getText().indexOf(words);
  assert.ok(offset >= 0, `the seed no longer contains ${JSON.stringify(words)}`);
  return document.positionAt(offset + Math.floor(words.length / 2));
}

async function hoverText(document: vscode.TextDocument, position: vscode.Position): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, position);
  return (hovers ?? [])
    .flatMap((hover) => hover.contents)
    .map((content) => (typeof content === 'string' ? content : content.value))
    .join('\n');
}

function nameOf(item: vscode.TreeItem): string {
  return typeof item.label === 'string' ? item.label : item.label?.label ?? '';
}

function labelOf(item: vscode.TreeItem): string {
  const label = nameOf(item);
  const description = typeof item.description === 'string' ? item.description : '';
  const tooltip = typeof item.tooltip === 'string' ? item.tooltip : item.tooltip?.value ?? '';
  return [label, description, tooltip].join(' ');
}

suite('Article Lens in VS Code', () => {
  let document: vscode.TextDocument;

  suiteSetup(async () => {
    document = await vscode.workspace.openTextDocument(SEED);
    await vscode.window.showTextDocument(document);
  });

  test('opens .article files in the article language mode', () => {
    assert.strictEqual(document.languageId, 'article');
  });

  test('opens .news files in the article language mode too', async () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'article-lens-'));
    const file = path.join(folder, 'brief.news');
    fs.writeFileSync(file, 'Headline\n\n"We are ready," the mayor said.\n');
    try {
      const news = await vscode.workspace.openTextDocument(file);
      assert.strictEqual(news.languageId, 'article');
    } finally {
      fs.rmSync(folder, { recursive: true, force: true });
    }
  });

  test('the hover on a quotation names its speaker', async () => {
    const text = await eventually(() => hoverText(document, positionOf(document, 'The two go hand in hand')), (t) => t.length > 0);
    assert.match(text, /Bush/, `hover was: ${JSON.stringify(text)}`);
  });

  test('the hover resolves "she" to the last person named', async () => {
    const text = await eventually(() => hoverText(document, positionOf(document, 'We expect to move quickly')), (t) => t.length > 0);
    assert.match(text, /Rice/, `hover was: ${JSON.stringify(text)}`);
  });

  test("the Speakers tree lists the seed's speakers with their quotations", async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `extension ${EXTENSION_ID} is not installed`);
    const api = await extension.activate();
    const provider = api?.speakersProvider as vscode.TreeDataProvider<unknown> | undefined;
    assert.ok(provider, 'the extension API has no speakersProvider');
    await vscode.window.showTextDocument(document);
    const topLevel = async () => (await provider.getChildren()) ?? [];
    const speakers = await eventually(topLevel, (items) => items.length >= 3);
    const labelled = await Promise.all(speakers.map(async (speaker) => ({
      speaker, label: nameOf(await provider.getTreeItem(speaker)),
    })));
    // "Vladimir Putin" is Putin; "Bush; Vladimir Putin" (a joint statement) and "the Bush administration" are not.
    const quotationsOf = async (name: string) => {
      const entry = labelled.find((e) => new RegExp(`(^|\\s)${name}$`).test(e.label) && !e.label.includes(';'));
      assert.ok(entry, `no speaker named ${name} among ${JSON.stringify(labelled.map((e) => e.label))}`);
      const children = (await provider.getChildren(entry.speaker)) ?? [];
      return Promise.all(children.map(async (child) => labelOf(await provider.getTreeItem(child))));
    };
    const bush = await quotationsOf('Bush');
    assert.ok(bush.some((q) => q.includes('The two go hand in hand')), `Bush's quotations: ${JSON.stringify(bush)}`);
    const putin = await quotationsOf('Putin');
    assert.ok(putin.some((q) => q.includes('a joint striving exists') || q.includes("We're not ready")), `Putin's quotations: ${JSON.stringify(putin)}`);
    const rice = await quotationsOf('Rice');
    assert.ok(rice.length >= 2, `Rice's quotations: ${JSON.stringify(rice)}`);
  });
});
