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

  test('the outline shows the headline, then speakers in reading order with their statements', async () => {
    const symbols = await symbolsOf(document);
    assert.strictEqual(symbols[0].name, 'Bush, Putin Forge Defense Initiative');
    assert.strictEqual(symbols[0].detail, 'headline');
    const rice = symbols.filter((s) => s.name === 'Condoleezza Rice');
    assert.ok(rice.length, `symbols: ${JSON.stringify(symbols.map((s) => s.name))}`);
    const quotes = rice.flatMap((r) => r.children.map((c) => document.getText(c.selectionRange)));
    assert.ok(quotes.some((q) => q.startsWith('We expect to move quickly')), JSON.stringify(quotes));
    assert.ok(quotes.some((q) => q.startsWith('We clearly want')), JSON.stringify(quotes));
    for (const symbol of symbols) {
      for (const child of symbol.children) assert.ok(symbol.range.contains(child.range), `${symbol.name} contains ${child.name}`);
    }
    const starts = symbols.map((s) => document.offsetAt(s.range.start));
    assert.deepStrictEqual(starts, [...starts].sort((a, b) => a - b), 'reading order');
  });

  test('breadcrumbs name the speaker quoted at the cursor', async () => {
    const symbols = await symbolsOf(document);
    // VS Code's breadcrumbs take the first symbol whose range holds the cursor, then descend the same way.
    const enclosing = (list: vscode.DocumentSymbol[], position: vscode.Position): string[] => {
      const hit = list.find((s) => s.range.contains(position));
      return hit ? [hit.name, ...enclosing(hit.children, position)] : [];
    };
    const at = (words: string) => enclosing(symbols, document.positionAt(offsetOf(document, words, 3)));
    assert.strictEqual(at('We expect to move quickly')[0], 'Condoleezza Rice');
    assert.strictEqual(at('a joint striving exists')[0], 'Vladimir Putin');
    assert.strictEqual(at('The two go hand in hand')[0], 'Bush');
    assert.match(at('We expect to move quickly')[1] ?? '', /We expect to move quickly/);
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
