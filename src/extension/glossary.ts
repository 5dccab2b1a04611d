/**
 * User glossaries: `.article-glossary.json` at the root of each workspace folder, plus the files listed in
 * `articleLens.glossary.files`. Their entries add to or override the built-in knowledge base; they are
 * re-read when they change, and a malformed file gets diagnostics on itself while the built-in entries keep
 * working. In Restricted Mode (untrusted workspace) no workspace glossary is read.
 */
import * as vscode from 'vscode';
import { parseGlossary, type GlossaryProblem } from '../core/knowledge/glossary';
import type { KnowledgeEntry } from '../core/knowledge/types';
import { glossaryFilesToRead } from './glossaryTrust';

export const GLOSSARY_FILE = '.article-glossary.json';
const SETTING = 'articleLens.glossary.files';

export interface GlossarySupport {
  /** The current user entries (empty in Restricted Mode or when no glossary exists). */
  readonly glossary: () => readonly KnowledgeEntry[];
  /** Fires after the glossary was re-read. */
  readonly onDidChange: vscode.Event<void>;
  readonly disposable: vscode.Disposable;
}

/** Every glossary file to read: the default name in each folder, then the configured paths. */
function glossaryUris(): vscode.Uri[] {
  const uris: vscode.Uri[] = [];
  for (const folder of vscode.workspace.workspaceFolders ?? []) {
    uris.push(vscode.Uri.joinPath(folder.uri, GLOSSARY_FILE));
    const extra = vscode.workspace.getConfiguration('articleLens', folder.uri).get<string[]>('glossary.files', []);
    for (const path of extra) {
      uris.push(/^([a-zA-Z]:)?[\\/]/.test(path) ? vscode.Uri.file(path) : vscode.Uri.joinPath(folder.uri, path));
    }
  }
  const seen = new Set<string>();
  return uris.filter((u) => !seen.has(u.toString()) && seen.add(u.toString()));
}

/** A problem's offsets as an editor range, computed on the file's text. */
function rangeOf(text: string, p: GlossaryProblem): vscode.Range {
  const position = (offset: number) => {
    const before = text.slice(0, offset).split(/\r\n|\r|\n/);
    return new vscode.Position(before.length - 1, before[before.length - 1].length);
  };
  return new vscode.Range(position(p.start), position(Math.max(p.start, p.end)));
}

async function readText(uri: vscode.Uri): Promise<string | null> {
  try {
    return new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri));
  } catch {
    return null;
  }
}

export function registerGlossary(): GlossarySupport {
  const diagnostics = vscode.languages.createDiagnosticCollection('articleLens.glossary');
  const changed = new vscode.EventEmitter<void>();
  let entries: readonly KnowledgeEntry[] = [];
  let generation = 0;

  const reload = async (): Promise<void> => {
    const mine = ++generation;
    const next = new Map<string, KnowledgeEntry>();
    const found: [vscode.Uri, vscode.Diagnostic[]][] = [];
    for (const uri of glossaryFilesToRead(vscode.workspace.isTrusted, glossaryUris)) {
      const text = await readText(uri);
      if (text === null) continue;
      const parsed = parseGlossary(text);
      for (const e of parsed.entries) next.set(e.id, e);
      found.push([uri, parsed.problems.map((p) => {
        const d = new vscode.Diagnostic(rangeOf(text, p), `${p.message} Built-in entries still work.`, vscode.DiagnosticSeverity.Error);
        d.source = 'Article Lens glossary';
        return d;
      })]);
    }
    if (mine !== generation) return;
    entries = [...next.values()];
    diagnostics.clear();
    for (const [uri, list] of found) if (list.length) diagnostics.set(uri, list);
    changed.fire();
  };

  const watcher = vscode.workspace.createFileSystemWatcher(`**/{${GLOSSARY_FILE},*.article-glossary.json,*.json}`);
  const isGlossary = (uri: vscode.Uri) => glossaryUris().some((g) => g.toString() === uri.toString());
  const onFile = (uri: vscode.Uri) => { if (isGlossary(uri)) void reload(); };
  const disposable = vscode.Disposable.from(
    diagnostics,
    changed,
    watcher,
    watcher.onDidCreate(onFile),
    watcher.onDidChange(onFile),
    watcher.onDidDelete(onFile),
    vscode.workspace.onDidChangeConfiguration((e) => { if (e.affectsConfiguration(SETTING)) void reload(); }),
    vscode.workspace.onDidChangeWorkspaceFolders(() => void reload()),
    vscode.workspace.onDidGrantWorkspaceTrust(() => void reload()),
  );
  void reload();
  return { glossary: () => entries, onDidChange: changed.event, disposable };
}
