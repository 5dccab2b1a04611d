/**
 * Which article the Speakers view, status bar and follow-cursor are about: the active editor's document when
 * it is an article. Focus moving to a panel or a webview (no active text editor) keeps the last article;
 * activating another kind of editor, or closing the article, clears it.
 *
 * Context keys: `articleLens.hasArticle` (there is a current article) drives the view's welcome content and
 * title buttons; `articleLens.articleEditorActive` (the active editor is an article) the editor commands;
 * `articleLens.articleSeen` (an article has been open this session) shows the view.
 */
import * as vscode from 'vscode';

export const ARTICLE_LANGUAGE = 'article';
export const ARTICLE_SELECTOR: vscode.DocumentSelector = { language: ARTICLE_LANGUAGE };

export function isArticle(document: vscode.TextDocument | undefined): document is vscode.TextDocument {
  return document?.languageId === ARTICLE_LANGUAGE;
}

/** A document's file name ("genoa-summit-2001.article"), or an untitled editor's title ("Untitled-1"). */
export function documentName(document: vscode.TextDocument): string {
  return document.uri.path.split('/').pop() || document.uri.toString(true);
}

export class ArticleEditors implements vscode.Disposable {
  private currentDocument: vscode.TextDocument | undefined;
  private seen = false;
  private readonly changed = new vscode.EventEmitter<vscode.TextDocument | undefined>();
  private readonly subscriptions: vscode.Disposable[];
  /** Fires when the current article changes (another document, or none). */
  readonly onDidChangeCurrent = this.changed.event;

  constructor() {
    this.subscriptions = [
      this.changed,
      vscode.window.onDidChangeActiveTextEditor((editor) => this.follow(editor)),
      vscode.window.onDidChangeVisibleTextEditors(() => this.follow(vscode.window.activeTextEditor)),
      // A document whose language mode is switched to or from Article is reopened under the same editor.
      vscode.workspace.onDidOpenTextDocument(() => this.follow(vscode.window.activeTextEditor)),
      vscode.workspace.onDidCloseTextDocument((doc) => doc === this.currentDocument && this.setCurrent(undefined)),
    ];
    this.follow(vscode.window.activeTextEditor);
  }

  /** The current article, or undefined. */
  get current(): vscode.TextDocument | undefined {
    return this.currentDocument && !this.currentDocument.isClosed ? this.currentDocument : undefined;
  }

  /** The visible editor showing the current article (for reveals), if any. */
  get editor(): vscode.TextEditor | undefined {
    const current = this.current;
    return vscode.window.visibleTextEditors.find((e) => e.document === current);
  }

  private follow(editor: vscode.TextEditor | undefined): void {
    const active = editor?.document;
    void vscode.commands.executeCommand('setContext', 'articleLens.articleEditorActive', isArticle(active));
    if (isArticle(active)) this.setCurrent(active);
    else if (editor && editor.document.uri.scheme !== 'output') this.setCurrent(undefined);
    else if (!vscode.window.visibleTextEditors.some((e) => e.document === this.currentDocument)) this.setCurrent(undefined);
  }

  private setCurrent(document: vscode.TextDocument | undefined): void {
    if (document && !this.seen) {
      this.seen = true;
      void vscode.commands.executeCommand('setContext', 'articleLens.articleSeen', true);
    }
    if (document === this.currentDocument) return;
    this.currentDocument = document;
    void vscode.commands.executeCommand('setContext', 'articleLens.hasArticle', document !== undefined);
    this.changed.fire(document);
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
  }
}
