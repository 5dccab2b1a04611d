/**
 * Hovers on articles: a treaty or term, a figure, a speaker's mention, a statement or a quotation, explained
 * by the core (`explainAt`). The core's Markdown is already escaped; it is shown in an untrusted
 * MarkdownString all the same (no command links, no HTML), since it quotes the article and user glossaries.
 */
import * as vscode from 'vscode';
import { explainAt } from '../core/explain';
import type { KnowledgeEntry } from '../core/knowledge/types';
import type { AnalysisCache } from './analysisCache';
import { ARTICLE_SELECTOR } from './articleEditors';
import { toRange } from './convert';
import { safelyAsync } from './log';

export function registerHover(cache: AnalysisCache, glossary: () => readonly KnowledgeEntry[]): vscode.Disposable {
  const provider: vscode.HoverProvider = {
    provideHover: (document, position, token) =>
      safelyAsync('Hover', undefined, async () => {
        const analysed = await cache.analysed(document, token);
        if (!analysed || token.isCancellationRequested) return undefined;
        const explanation = explainAt(analysed.text, analysed.analysis, document.offsetAt(position), { glossary: glossary() });
        if (!explanation) return undefined;
        const markdown = new vscode.MarkdownString(explanation.markdown);
        markdown.isTrusted = false;
        markdown.supportHtml = false;
        return new vscode.Hover(markdown, toRange(document, explanation.span));
      }),
  };
  return vscode.languages.registerHoverProvider(ARTICLE_SELECTOR, provider);
}
