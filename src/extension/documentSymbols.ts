/**
 * Outline, breadcrumbs and Go to Symbol (Ctrl+Shift+O) for articles: the headline, then the speakers in
 * reading order, each with the statements they make before another speaker is quoted (the Speakers view
 * groups all of a speaker's statements; the Outline reads like a transcript). Ranges never overlap, so the
 * breadcrumbs name the speaker actually quoted at the cursor.
 */
import * as vscode from 'vscode';
import type { Analysis, Span, Statement } from '../core/types';
import { speakerRuns, type SpeakerRun } from '../core/export/groups';
import { statementExtent } from '../core/export/locate';
import type { AnalysisCache } from './analysisCache';
import { ARTICLE_SELECTOR } from './articleEditors';
import { toRange } from './convert';
import { safelyAsync } from './log';

const NAME_LENGTH = 80;

export function registerDocumentSymbols(cache: AnalysisCache): vscode.Disposable {
  const provider: vscode.DocumentSymbolProvider = {
    provideDocumentSymbols: (document, token) =>
      safelyAsync('Document symbols', [], async () => {
        const analysed = await cache.analysed(document, token);
        return analysed && !token.isCancellationRequested ? articleSymbols(document, analysed.text, analysed.analysis) : [];
      }),
  };
  return vscode.languages.registerDocumentSymbolProvider(ARTICLE_SELECTOR, provider, { label: 'Article Lens' });
}

function articleSymbols(document: vscode.TextDocument, text: string, analysis: Analysis): vscode.DocumentSymbol[] {
  const symbols: vscode.DocumentSymbol[] = [];
  const headline = analysis.structure.headline;
  if (headline) {
    const range = toRange(document, headline);
    symbols.push(new vscode.DocumentSymbol(shorten(headline.text) || 'Headline', 'headline', vscode.SymbolKind.File, range, range));
  }
  for (const run of speakerRuns(analysis)) symbols.push(runSymbol(document, text, run));
  return symbols;
}

/** A run of statements: its range spans them (marks, mentions and cues included). */
function runSymbol(document: vscode.TextDocument, text: string, run: SpeakerRun): vscode.DocumentSymbol {
  const extents = run.statements.map((s) => statementExtent(s, text));
  const range = toRange(document, { start: Math.min(...extents.map((s) => s.start)), end: Math.max(...extents.map((s) => s.end)) });
  const first = run.statements[0];
  const selection = toRange(document, first.speakerMention ?? first);
  const name = run.speaker?.name || 'Unattributed';
  const symbol = new vscode.DocumentSymbol(name, run.speaker?.role ?? '', vscode.SymbolKind.Object, range, range.contains(selection) ? selection : range);
  symbol.children = run.statements.map((s, i) => statementSymbol(document, s, extents[i]));
  return symbol;
}

function statementSymbol(document: vscode.TextDocument, statement: Statement, extent: Span): vscode.DocumentSymbol {
  const kind = statement.kind === 'indirect' ? vscode.SymbolKind.Event : vscode.SymbolKind.String;
  const words = shorten(statement.text);
  const name = statement.kind === 'indirect' ? words : `“${words}”`;
  return new vscode.DocumentSymbol(name || '…', statement.cue?.text ?? '', kind, toRange(document, extent), toRange(document, statement));
}

/**
 * The text with each run of white space as one space, trimmed, cut to `NAME_LENGTH` with "…": the same as
 * collapsing the whole text first, but reading only the start of it (an unclosed quotation can be 100 KB).
 */
export function shorten(text: string): string {
  let flat = '';
  let space = false;
  for (let i = 0; i < text.length && flat.length <= NAME_LENGTH; i++) {
    const c = text[i];
    if (WHITE.test(c)) space = flat.length > 0;
    else {
      flat += space ? ` ${c}` : c;
      space = false;
    }
  }
  return flat.length > NAME_LENGTH ? `${flat.slice(0, NAME_LENGTH - 1)}…` : flat;
}

const WHITE = /\s/;
