/**
 * Outline, breadcrumbs and Go to Symbol (Ctrl+Shift+O) for articles: the headline, then each speaker (first
 * appearance order) with their statements. A speaker's range runs from their first mention or statement to
 * their last, so breadcrumbs show who is speaking where the cursor is.
 */
import * as vscode from 'vscode';
import type { Analysis, Span, Statement } from '../core/types';
import { groupBySpeaker, type SpeakerGroup } from '../core/export/groups';
import { statementExtent } from '../core/export/locate';
import type { AnalysisCache } from './analysisCache';
import { ARTICLE_SELECTOR } from './articleEditors';
import { toRange } from './convert';
import { safely } from './log';

const NAME_LENGTH = 80;

export function registerDocumentSymbols(cache: AnalysisCache): vscode.Disposable {
  const provider: vscode.DocumentSymbolProvider = {
    provideDocumentSymbols: (document, token) =>
      safely('Document symbols', [], () => (token.isCancellationRequested ? [] : articleSymbols(document, cache.get(document)))),
  };
  return vscode.languages.registerDocumentSymbolProvider(ARTICLE_SELECTOR, provider, { label: 'Article Lens' });
}

function articleSymbols(document: vscode.TextDocument, analysis: Analysis): vscode.DocumentSymbol[] {
  const text = document.getText();
  const symbols: vscode.DocumentSymbol[] = [];
  const headline = analysis.structure.headline;
  if (headline) {
    const range = toRange(document, headline);
    symbols.push(new vscode.DocumentSymbol(shorten(headline.text) || 'Headline', 'headline', vscode.SymbolKind.File, range, range));
  }
  for (const group of groupBySpeaker(analysis, { sort: 'appearance', showUnattributed: true })) {
    symbols.push(speakerSymbol(document, text, group));
  }
  return symbols;
}

function speakerSymbol(document: vscode.TextDocument, text: string, group: SpeakerGroup): vscode.DocumentSymbol {
  const extents = group.statements.map((s) => statementExtent(s, text));
  const mentions = group.speaker?.mentions ?? [];
  const all: Span[] = [...mentions, ...extents];
  const range = toRange(document, { start: Math.min(...all.map((s) => s.start)), end: Math.max(...all.map((s) => s.end)) });
  const first = [...mentions, ...group.statements].sort((a, b) => a.start - b.start)[0];
  const name = group.speaker?.name || 'Unattributed';
  const symbol = new vscode.DocumentSymbol(name, group.speaker?.role ?? '', vscode.SymbolKind.Object, range, toRange(document, first));
  symbol.children = group.statements.map((s, i) => statementSymbol(document, s, extents[i]));
  return symbol;
}

function statementSymbol(document: vscode.TextDocument, statement: Statement, extent: Span): vscode.DocumentSymbol {
  const kind = statement.kind === 'indirect' ? vscode.SymbolKind.Event : vscode.SymbolKind.String;
  const words = shorten(statement.text);
  const name = statement.kind === 'indirect' ? words : `“${words}”`;
  return new vscode.DocumentSymbol(name || '…', statement.cue?.text ?? '', kind, toRange(document, extent), toRange(document, statement));
}

function shorten(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > NAME_LENGTH ? `${flat.slice(0, NAME_LENGTH - 1)}…` : flat;
}
