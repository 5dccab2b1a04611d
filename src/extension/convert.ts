/** The one place where core offsets (UTF-16 code units) become editor positions and back. */
import * as vscode from 'vscode';
import type { Span } from '../core/types';

/** The editor range of a core span. */
export function toRange(document: vscode.TextDocument, span: Span): vscode.Range {
  return new vscode.Range(document.positionAt(span.start), document.positionAt(span.end));
}

/** The core offset of an editor position. */
export function toOffset(document: vscode.TextDocument, position: vscode.Position): number {
  return document.offsetAt(position);
}
