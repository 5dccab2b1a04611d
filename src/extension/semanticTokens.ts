/**
 * Semantic tokens for articles: pronoun and role speakers, and the cues of indirect statements (see
 * semanticTokenSpans.ts). The grammar colours everything else before the engine runs.
 */
import * as vscode from 'vscode';
import type { AnalysisCache } from './analysisCache';
import { toRange } from './convert';
import { safelyAsync } from './log';
import { semanticSpans, TOKEN_MODIFIERS, TOKEN_TYPES } from './semanticTokenSpans';

export const semanticTokensLegend = new vscode.SemanticTokensLegend([...TOKEN_TYPES], [...TOKEN_MODIFIERS]);

/** Pushes a range, one piece per line: a semantic token never spans a line break ("the\npresident"). */
function pushByLine(builder: vscode.SemanticTokensBuilder, document: vscode.TextDocument, range: vscode.Range, type: string, modifier: string): void {
  for (let line = range.start.line; line <= range.end.line; line++) {
    const start = line === range.start.line ? range.start : new vscode.Position(line, 0);
    const end = line === range.end.line ? range.end : document.lineAt(line).range.end;
    if (end.character > start.character) builder.push(new vscode.Range(start, end), type, [modifier]);
  }
}

async function tokensFor(document: vscode.TextDocument, cache: AnalysisCache, token: vscode.CancellationToken): Promise<vscode.SemanticTokens> {
  const builder = new vscode.SemanticTokensBuilder(semanticTokensLegend);
  const analysis = await cache.analysis(document, token);
  for (const span of analysis ? semanticSpans(analysis) : []) {
    pushByLine(builder, document, toRange(document, span), span.type, span.modifier);
  }
  return builder.build();
}

export function registerSemanticTokens(cache: AnalysisCache): vscode.Disposable {
  const provider: vscode.DocumentSemanticTokensProvider = {
    provideDocumentSemanticTokens: (document, token) =>
      safelyAsync('Semantic tokens', new vscode.SemanticTokens(new Uint32Array(0)), () => tokensFor(document, cache, token)),
  };
  return vscode.languages.registerDocumentSemanticTokensProvider({ language: 'article' }, provider, semanticTokensLegend);
}
