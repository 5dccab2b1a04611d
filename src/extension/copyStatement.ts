/**
 * "Copy Statement with Attribution": from the Speakers view's context menu, or for the statement under the
 * cursor. Puts on the clipboard: “We expect to move quickly,” Condoleezza Rice told reporters.
 */
import * as vscode from 'vscode';
import type { Speaker, Statement } from '../core/types';
import { withAttribution } from '../core/export/attribution';
import { statementAt } from '../core/export/locate';
import type { AnalysisCache } from './analysisCache';
import { isArticle } from './articleEditors';
import { safelyAsync } from './log';
import type { SpeakersNode } from './speakerNodes';

export const COPY_STATEMENT_COMMAND = 'articleLens.copyStatementWithAttribution';

export function registerCopyStatement(cache: AnalysisCache): vscode.Disposable {
  return vscode.commands.registerCommand(COPY_STATEMENT_COMMAND, (node?: SpeakersNode) =>
    safelyAsync('Copy statement', undefined, () => copyStatement(cache, node)),
  );
}

/** Copies the statement and returns the copied text (undefined when there was nothing to copy). */
async function copyStatement(cache: AnalysisCache, node?: SpeakersNode): Promise<string | undefined> {
  const target = node?.type === 'statement' ? { statement: node.statement, speaker: node.speaker } : await statementUnderCursor(cache);
  if (!target) {
    void vscode.window.showInformationMessage('Place the cursor in a quotation or reported statement of an article to copy it with its attribution.');
    return undefined;
  }
  const text = withAttribution(target.statement, target.speaker);
  await vscode.env.clipboard.writeText(text);
  vscode.window.setStatusBarMessage(`$(copy) Copied: ${text.length > 60 ? `${text.slice(0, 59)}…` : text}`, 4000);
  return text;
}

async function statementUnderCursor(cache: AnalysisCache): Promise<{ statement: Statement; speaker: Speaker | null } | undefined> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || !isArticle(editor.document)) return undefined;
  const analysed = await cache.analysed(editor.document);
  if (!analysed) return undefined;
  const { analysis, text } = analysed;
  const statement = statementAt(analysis, text, editor.document.offsetAt(editor.selection.active));
  if (!statement) return undefined;
  const speaker = analysis.speakers.find((s) => s.id === statement.speakerId) ?? null;
  return { statement, speaker };
}
