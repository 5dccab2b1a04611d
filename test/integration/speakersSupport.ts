/** Shared helpers of the Speakers view, navigation, commands and robustness integration tests. */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'article-lens.article-lens';
export const SAMPLES = path.resolve(__dirname, '..', '..', '..', 'samples');

/** The extension's API (what `activate` returns), typed loosely: tests see it as VS Code would. */
export interface Api {
  cache: { analysis(document: vscode.TextDocument): Promise<Analysis | undefined>; has(document: vscode.TextDocument): boolean; analysesRun: number };
  speakersProvider: vscode.TreeDataProvider<Node> & {
    snapshot(): { document: vscode.TextDocument; version: number; analysis: Analysis } | undefined;
    sort: string;
    kinds: string[];
    setSort(sort: string): Promise<void>;
  };
  speakersView: vscode.TreeView<Node>;
  editors: { current: vscode.TextDocument | undefined };
  statusBarItem: vscode.StatusBarItem;
}

export type Node = { type: 'speaker' | 'statement'; id: string; statement?: Statement };
export interface Statement { id: string; kind: string; start: number; end: number; text: string; speakerId: string | null; speakerMention: { text: string } | null; cue: { text: string } | null }
export interface Analysis { statements: Statement[]; speakers: { id: string; name: string; role: string | null; mentions: { start: number; end: number }[] }[]; problems: { code: string }[] }

/** The document's current analysis (from the worker, waited for if need be); fails the test when there is none. */
export async function currentAnalysis(api: Api, document: vscode.TextDocument): Promise<Analysis> {
  const analysis = await api.cache.analysis(document);
  assert.ok(analysis, `no analysis of ${document.uri.toString(true)} version ${document.version}`);
  return analysis;
}

export async function extensionApi(): Promise<Api> {
  const extension = vscode.extensions.getExtension<Api>(EXTENSION_ID);
  assert.ok(extension, `extension ${EXTENSION_ID} is not installed`);
  return extension.activate();
}

export async function openSample(name: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(path.join(SAMPLES, name));
  return vscode.window.showTextDocument(document, { preview: false });
}

export async function openUntitledArticle(content: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument({ language: 'article', content });
  return vscode.window.showTextDocument(document, { preview: false });
}

/** Closes every editor without saving (untitled articles included). */
export async function closeAll(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.files.revert');
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

/**
 * VS Code's built-in merge-conflict extension reads the whole document (getText) on every change: on 20 MB that
 * alone blocks the extension host for 100–450 ms per edit here. Suites that measure the host's pauses turn its
 * scans off (`false`) and back to their defaults (`undefined`) after.
 */
export async function setMergeConflictScans(value: false | undefined): Promise<void> {
  const mergeConflict = vscode.workspace.getConfiguration('merge-conflict');
  for (const key of ['decorators.enabled', 'codeLens.enabled']) await mergeConflict.update(key, value, vscode.ConfigurationTarget.Global);
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Polls until `done(probe())` (views refresh after a debounce); returns the last value either way. */
export async function eventually<T>(probe: () => T | Promise<T>, done: (value: T) => boolean, ms = 10_000): Promise<T> {
  const deadline = Date.now() + ms;
  let value = await probe();
  while (!done(value) && Date.now() < deadline) {
    await sleep(100);
    value = await probe();
  }
  return value;
}

export interface ShownItem {
  node: Node;
  item: vscode.TreeItem;
  label: string;
  description: string;
  children: ShownItem[];
}

/** The whole tree as VS Code would render it: items, labels, descriptions, children. */
export async function shownTree(api: Api): Promise<ShownItem[]> {
  const provider = api.speakersProvider;
  const show = async (node: Node): Promise<ShownItem> => {
    const item = await provider.getTreeItem(node);
    const kids = (await provider.getChildren(node)) ?? [];
    return { node, item, label: labelOf(item), description: typeof item.description === 'string' ? item.description : '', children: await Promise.all(kids.map(show)) };
  };
  return Promise.all(((await provider.getChildren()) ?? []).map(show));
}

export function labelOf(item: vscode.TreeItem): string {
  return typeof item.label === 'string' ? item.label : item.label?.label ?? '';
}

/** Waits until the view shows the document's current version. */
export async function settledTree(api: Api, document: vscode.TextDocument, ms = 10_000): Promise<ShownItem[]> {
  await eventually(() => api.speakersProvider.snapshot(), (s) => s?.document === document && s.version === document.version, ms);
  return shownTree(api);
}

export function speakerNamed(tree: ShownItem[], name: string): ShownItem {
  const found = tree.find((s) => s.label === name) ?? tree.find((s) => s.label.includes(name));
  assert.ok(found, `no speaker ${name} among ${JSON.stringify(tree.map((s) => s.label))}`);
  return found;
}

/** The offset of `words` in the document (the first occurrence), checked. */
export function offsetOf(document: vscode.TextDocument, words: string, delta = 0): number {
  const offset = document.getText().indexOf(words);
  assert.ok(offset >= 0, `${path.basename(document.uri.path)} lacks ${JSON.stringify(words)}`);
  return offset + delta;
}

/**
 * Logs a measurement, and appends it to test-results/measurements.txt (next to the results file) since the
 * extension host's console does not reach the terminal under code-server.
 */
export function record(line: string): void {
  console.log(line);
  const results = process.env.RESULTS;
  if (results) fs.appendFileSync(path.join(path.dirname(results), 'measurements.txt'), `${new Date().toISOString()} ${line}\n`);
}
