/**
 * Go to References / Find All References on a speaker's name or pronoun ("she" → Condoleezza Rice): every
 * mention of that speaker and every statement attributed to them.
 */
import * as vscode from 'vscode';
import { speakerAt, speakerSpans } from '../core/export/locate';
import type { AnalysisCache } from './analysisCache';
import { ARTICLE_SELECTOR } from './articleEditors';
import { toRange } from './convert';
import { safelyAsync } from './log';

export function registerReferences(cache: AnalysisCache): vscode.Disposable {
  const provider: vscode.ReferenceProvider = {
    provideReferences: (document, position, _context, token) =>
      safelyAsync('References', [], async () => {
        const analysis = await cache.analysis(document, token);
        if (!analysis || token.isCancellationRequested) return [];
        const speaker = speakerAt(analysis, document.offsetAt(position));
        return speaker ? speakerSpans(analysis, speaker).map((span) => new vscode.Location(document.uri, toRange(document, span))) : [];
      }),
  };
  return vscode.languages.registerReferenceProvider(ARTICLE_SELECTOR, provider);
}
