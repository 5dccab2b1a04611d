// Outline / Go to Symbol and Find All References on the seed, through VS Code's own commands.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { closeAll, eventually, extensionApi, offsetOf, openSample } from './speakersSupport';

async function symbolsOf(document: vscode.TextDocument): Promise<vscode.DocumentSymbol[]> {
  return eventually(async () => (await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', document.uri)) ?? [], (s) => s.length > 0);
}

async function referencesAt(document: vscode.TextDocument, offset: number): Promise<string[]> {
  const locations = (await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', document.uri, document.positionAt(offset))) ?? [];
  return locations.filter((l) => l.uri.toString() === document.uri.toString()).sort((a, b) => a.range.start.compareTo(b.range.start)).map((l) => document.getText(l.range));
}

suite('Navigation', () => {
  let document: vscode.TextDocument;

  suiteSetup(async () => {
    await extensionApi();
    document = (await openSample('genoa-summit-2001.article')).document;
  });
  suiteTeardown(closeAll);

  test('the outline shows the headline, then speakers with their statements', async () => {
    const symbols = await symbolsOf(document);
    assert.strictEqual(symbols[0].name, 'Bush, Putin Forge Defense Initiative');
    assert.strictEqual(symbols[0].detail, 'headline');
    const rice = symbols.find((s) => s.name === 'Condoleezza Rice');
    assert.ok(rice, `symbols: ${JSON.stringify(symbols.map((s) => s.name))}`);
    const quotes = rice.children.map((c) => document.getText(c.selectionRange));
    assert.ok(quotes.some((q) => q.startsWith('We expect to move quickly')), JSON.stringify(quotes));
    assert.ok(quotes.some((q) => q.startsWith('We clearly want')), JSON.stringify(quotes));
    for (const symbol of symbols) {
      for (const child of symbol.children) assert.ok(symbol.range.contains(child.range), `${symbol.name} contains ${child.name}`);
    }
  });

  test('Find All References on "she" lists Rice\'s mentions and her statements', async () => {
    const refs = await eventually(() => referencesAt(document, offsetOf(document, 'she told reporters', 1)), (r) => r.length > 0);
    assert.ok(refs.includes('Condoleezza Rice'), JSON.stringify(refs));
    assert.ok(refs.includes('she'), JSON.stringify(refs));
    assert.ok(refs.some((r) => r.startsWith('We expect to move quickly')), JSON.stringify(refs));
    assert.ok(refs.some((r) => r.startsWith('We clearly want')), JSON.stringify(refs));
    assert.ok(!refs.some((r) => r.includes('hand in hand')), 'Bush\'s quotation is not Rice\'s');
  });

  test('Find All References on a name lists that speaker only', async () => {
    const refs = await referencesAt(document, offsetOf(document, 'Putin, speaking through', 2));
    assert.ok(refs.filter((r) => r === 'Putin').length >= 3, JSON.stringify(refs));
    assert.ok(refs.some((r) => r.includes('a joint striving exists')), JSON.stringify(refs));
    assert.ok(!refs.includes('she'));
  });

  test('no references on plain words', async () => {
    assert.deepStrictEqual(await referencesAt(document, offsetOf(document, 'Palazzo Doria', 3)), []);
  });
});
