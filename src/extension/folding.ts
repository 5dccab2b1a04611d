/**
 * Folding for articles: the front matter and every paragraph of more than one line (hard-wrapped text).
 * Indentation folding cannot do this (articles are not indented), and folding markers cannot tell an opening
 * `---` fence from a closing one, so the ranges come from the core's structure.
 */
import * as vscode from 'vscode';
import type { Span } from '../core/types';
import type { AnalysisCache } from './analysisCache';
import { toRange } from './convert';
import { safelyAsync } from './log';

/** The lines a span covers; a span ending just after a line break ends on the line before. */
function foldingRange(document: vscode.TextDocument, span: Span, kind?: vscode.FoldingRangeKind): vscode.FoldingRange | null {
  const range = toRange(document, span);
  const endLine = range.end.character === 0 && range.end.line > range.start.line ? range.end.line - 1 : range.end.line;
  return endLine > range.start.line ? new vscode.FoldingRange(range.start.line, endLine, kind) : null;
}

async function rangesFor(document: vscode.TextDocument, cache: AnalysisCache, token: vscode.CancellationToken): Promise<vscode.FoldingRange[]> {
  const analysis = await cache.analysis(document, token);
  if (!analysis) return [];
  const { frontMatter, paragraphs } = analysis.structure;
  const ranges = [frontMatter ? foldingRange(document, frontMatter, vscode.FoldingRangeKind.Region) : null, ...paragraphs.map((p) => foldingRange(document, p))];
  return ranges.filter((r): r is vscode.FoldingRange => r !== null);
}

export function registerFolding(cache: AnalysisCache): vscode.Disposable {
  const provider: vscode.FoldingRangeProvider = {
    provideFoldingRanges: (document, _context, token) => safelyAsync('Folding', [], () => rangesFor(document, cache, token)),
  };
  return vscode.languages.registerFoldingRangeProvider({ language: 'article' }, provider);
}
