/** The Speakers view's own commands: sort, filter by kind, and reveal a statement in the editor. */
import * as vscode from 'vscode';
import type { StatementKind } from '../core/types';
import { ALL_KINDS, type SpeakerSort } from '../core/export/groups';
import { safelyAsync } from './log';
import { REVEAL_STATEMENT_COMMAND } from './speakerItems';
import type { SpeakersProvider } from './speakersProvider';

const SORT_COMMANDS: Record<string, SpeakerSort> = {
  'articleLens.speakers.sortByAppearance': 'appearance',
  'articleLens.speakers.sortByCount': 'count',
  'articleLens.speakers.sortByName': 'name',
};

const KIND_LABELS: Record<StatementKind, string> = {
  direct: 'Direct quotations',
  mixed: 'Partial quotations (reported speech with quoted words)',
  indirect: 'Reported speech (no quotation marks)',
};

export function registerSpeakersCommands(provider: SpeakersProvider): vscode.Disposable {
  const sorts = Object.entries(SORT_COMMANDS).map(([id, sort]) => vscode.commands.registerCommand(id, () => provider.setSort(sort)));
  return vscode.Disposable.from(
    ...sorts,
    vscode.commands.registerCommand('articleLens.speakers.filterByKind', (kinds?: StatementKind[]) => filterByKind(provider, kinds)),
    // The same command drawn with a filled icon while a filter hides some kinds.
    vscode.commands.registerCommand('articleLens.speakers.changeKindFilter', () => filterByKind(provider)),
    vscode.commands.registerCommand('articleLens.speakers.showAllKinds', () => provider.setKinds(ALL_KINDS)),
    // (uri, node id) from the tree's items; (uri, start, end) from anywhere else.
    vscode.commands.registerCommand(REVEAL_STATEMENT_COMMAND, (uri: vscode.Uri, at: string | number, end?: number) => {
      if (typeof at === 'number') return revealStatement(uri, at, end ?? at);
      const statement = provider.statementNode(at)?.statement;
      return statement ? revealStatement(uri, statement.start, statement.end) : undefined;
    }),
  );
}

/** With `kinds` (tests, keybindings), applies it; otherwise asks with a multi-select quick pick. */
async function filterByKind(provider: SpeakersProvider, kinds?: StatementKind[]): Promise<void> {
  if (Array.isArray(kinds)) return provider.setKinds(kinds);
  const shown = new Set(provider.kinds);
  const items = ALL_KINDS.map((kind) => ({ label: KIND_LABELS[kind], statementKind: kind, picked: shown.has(kind) }));
  const picked = await vscode.window.showQuickPick(items, { canPickMany: true, title: 'Show Statements of Kind', placeHolder: 'Statements shown in the Speakers view' });
  if (picked) await provider.setKinds(picked.map((p) => p.statementKind));
}

/** Shows the document with the statement's words selected (in the editor already showing it, if any). */
export async function revealStatement(uri: vscode.Uri, start: number, end: number): Promise<vscode.TextEditor | undefined> {
  return safelyAsync('Reveal statement', undefined, async () => {
    const document = await vscode.workspace.openTextDocument(uri);
    // positionAt clamps offsets a newer edit has put past the end.
    const selection = new vscode.Selection(document.positionAt(start), document.positionAt(end));
    const shown = vscode.window.visibleTextEditors.find((e) => e.document === document);
    const editor = await vscode.window.showTextDocument(document, { viewColumn: shown?.viewColumn, preserveFocus: true, selection });
    editor.revealRange(selection, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    return editor;
  });
}
