/**
 * The first characters of a document, read without joining the whole text: `getText()` on a 20 MB document
 * copies 20 MB on the extension host's thread, while the engine reads only the first `maxLength` of them.
 */
import * as vscode from 'vscode';

export interface DocumentPrefix {
  /** The first `min(fullLength, maxLength)` characters. */
  readonly prefix: string;
  readonly fullLength: number;
}

export function documentLength(document: vscode.TextDocument): number {
  return document.offsetAt(document.lineAt(document.lineCount - 1).range.end);
}

export function documentPrefix(document: vscode.TextDocument, maxLength: number): DocumentPrefix {
  const fullLength = documentLength(document);
  if (fullLength <= maxLength) return { prefix: document.getText(), fullLength };
  // A cut between "\r" and "\n" maps to the end of the line's text: read up to the next line's start, then slice.
  const cut = document.positionAt(maxLength);
  const end = cut.line + 1 < document.lineCount ? new vscode.Position(cut.line + 1, 0) : document.lineAt(cut.line).range.end;
  return { prefix: document.getText(new vscode.Range(new vscode.Position(0, 0), end)).slice(0, maxLength), fullLength };
}
