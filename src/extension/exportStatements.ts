/**
 * "Export Statements…": every statement of the current article as JSON, CSV or Markdown, into a new untitled
 * editor or a file the user picks. With arguments (`{format, destination}`) it asks nothing, for tests and
 * keybindings: `destination` is 'untitled' or a file Uri.
 */
import * as vscode from 'vscode';
import type { SpeakerSort } from '../core/export/groups';
import { exportStatements, type ExportFormat } from '../core/export/formats';
import type { AnalysisCache } from './analysisCache';
import { documentName, isArticle, type ArticleEditors } from './articleEditors';
import { safelyAsync } from './log';

export interface ExportRequest {
  readonly format?: ExportFormat;
  readonly destination?: 'untitled' | vscode.Uri;
}

export interface ExportResult {
  readonly uri: vscode.Uri;
  readonly content: string;
}

const FORMATS: { format: ExportFormat; label: string; extension: string; language: string; filter: string }[] = [
  { format: 'json', label: 'JSON', extension: 'json', language: 'json', filter: 'JSON' },
  { format: 'csv', label: 'CSV (spreadsheet)', extension: 'csv', language: 'plaintext', filter: 'CSV' },
  { format: 'markdown', label: 'Markdown', extension: 'md', language: 'markdown', filter: 'Markdown' },
];

export function registerExportStatements(cache: AnalysisCache, editors: ArticleEditors, sort: () => SpeakerSort): vscode.Disposable {
  return vscode.commands.registerCommand('articleLens.exportStatements', (request?: ExportRequest) =>
    safelyAsync('Export statements', undefined, () => exportCurrent(cache, editors, sort(), isRequest(request) ? request : {})),
  );
}

/** A view title button passes no argument, a context menu passes a tree node: only a plain request counts. */
function isRequest(value: unknown): value is ExportRequest {
  return typeof value === 'object' && value !== null && ('format' in value || 'destination' in value);
}

async function exportCurrent(cache: AnalysisCache, editors: ArticleEditors, sort: SpeakerSort, request: ExportRequest): Promise<ExportResult | undefined> {
  const active = vscode.window.activeTextEditor?.document;
  const document = isArticle(active) ? active : editors.current;
  if (!document) {
    void vscode.window.showInformationMessage('Open an article to export its statements.');
    return undefined;
  }
  const format = FORMATS.find((f) => f.format === request.format) ?? (await pickFormat());
  if (!format) return undefined;
  const destination = request.destination ?? (await pickDestination(document, format));
  if (!destination) return undefined;
  const analysed = await cache.analysed(document);
  if (!analysed) return undefined;
  const content = exportStatements(format.format, { name: documentName(document), text: analysed.text, analysis: analysed.analysis, sort });
  if (destination === 'untitled') {
    const exported = await vscode.workspace.openTextDocument({ language: format.language, content });
    await vscode.window.showTextDocument(exported, { preview: false });
    return { uri: exported.uri, content };
  }
  await vscode.workspace.fs.writeFile(destination, new TextEncoder().encode(content));
  void vscode.window.showInformationMessage(`Exported statements to ${destination.path.split('/').pop()}.`);
  return { uri: destination, content };
}

async function pickFormat(): Promise<(typeof FORMATS)[number] | undefined> {
  return vscode.window.showQuickPick(FORMATS, { title: 'Export Statements', placeHolder: 'Format' });
}

async function pickDestination(document: vscode.TextDocument, format: (typeof FORMATS)[number]): Promise<'untitled' | vscode.Uri | undefined> {
  const choice = await vscode.window.showQuickPick(
    [
      { label: '$(new-file) New Editor', description: 'an untitled document you can save later', value: 'untitled' as const },
      { label: '$(save-as) Save to File…', value: 'file' as const },
    ],
    { title: `Export Statements as ${format.label}`, placeHolder: 'Where to' },
  );
  if (choice?.value !== 'file') return choice?.value;
  const base = documentName(document).replace(/\.[^.]+$/, '');
  const defaultUri = document.uri.scheme === 'untitled' ? undefined : vscode.Uri.joinPath(document.uri, '..', `${base}.statements.${format.extension}`);
  return vscode.window.showSaveDialog({ defaultUri, filters: { [format.filter]: [format.extension] }, title: 'Export Statements' });
}
