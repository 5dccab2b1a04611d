/**
 * Hovers on articles: a treaty or term, a figure, a speaker's mention, a statement or a quotation, explained
 * by the core's Markdown builders. The answer is a lookup in the cached analysis's index (hoverIndex.ts,
 * built once per analysis), the same answer as `explainAt`. The core's Markdown is already escaped; it is
 * shown in an untrusted MarkdownString all the same (no command links, no HTML), since it quotes the
 * article and user glossaries.
 */
import * as vscode from 'vscode';
import type { KnowledgeEntry } from '../core/knowledge/types';
import type { AnalysisCache } from './analysisCache';
import { ARTICLE_SELECTOR } from './articleEditors';
import { toRange } from './convert';
import { hoverIndex } from './hoverIndex';
import { safelyAsync } from './log';

/** The provider's own time on its last answer, from the request to the Hover (the host benchmark reads it). */
export const hoverStats = { lastMs: 0 };

export function registerHover(cache: AnalysisCache, glossary: () => readonly KnowledgeEntry[]): vscode.Disposable {
  const provider: vscode.HoverProvider = {
    provideHover: (document, position, token) =>
      safelyAsync('Hover', undefined, async () => {
        const started = performance.now();
        const analysed = await cache.analysed(document, token);
        if (!analysed || token.isCancellationRequested) return undefined;
        const explanation = hoverIndex(analysed.text, analysed.analysis).explain(document.offsetAt(position), glossary());
        if (!explanation) return undefined;
        const markdown = new vscode.MarkdownString(explanation.markdown);
        markdown.isTrusted = false;
        markdown.supportHtml = false;
        const hover = new vscode.Hover(markdown, toRange(document, explanation.span));
        hoverStats.lastMs = performance.now() - started;
        return hover;
      }),
  };
  return vscode.languages.registerHoverProvider(ARTICLE_SELECTOR, provider);
}
