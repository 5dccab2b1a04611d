/**
 * One analysis of a document's current version in the analysis worker, for AnalysisCache (analysisCache.ts):
 * the document's prefix under its size limit is sent, and the answer made an `Analysed` with the timings of
 * each step (the text's cut, the worker's, the engine's, the answer's arrival).
 */
import type * as vscode from 'vscode';
import type { Analysed } from './analysed';
import type { AnalysisWorkerClient } from './analysisWorkerClient';
import { wallNow } from './analysisWorkerProtocol';
import { documentPrefix } from './documentPrefix';
import { settings } from './settings';

/**
 * Sends the current version to the worker; undefined when `current()` says the document changed (or closed,
 * or the settings did) meanwhile, or the worker is unavailable. `started` counts each request. A crash of the
 * worker answers 'unavailable' while a new one can still start: the job is then sent again (at most until the
 * client gives up after a few crashes).
 */
export async function workerAnalysis(worker: AnalysisWorkerClient, document: vscode.TextDocument, current: () => boolean, started: () => void): Promise<Analysed | undefined> {
  const { version } = document;
  const requestedAt = wallNow();
  const input = documentPrefix(document, settings(document.uri).maxDocumentLength);
  const asked = { requestedAt, textMs: wallNow() - requestedAt };
  for (;;) {
    started();
    const outcome = await worker.analyze(document.uri.toString(), input.prefix, input.fullLength);
    if (outcome === 'superseded' || !current()) return undefined;
    if (outcome === 'unavailable') {
      if (worker.available) continue;
      return undefined;
    }
    if ('failed' in outcome) throw new Error(`The analysis worker failed on ${document.uri.toString(true)}: ${outcome.failed}`);
    const { timings } = outcome;
    return { version, analysis: outcome.analysis, text: input.prefix, where: 'worker', elapsedMs: timings.engineMs, timings: { ...asked, ...timings, storedAt: wallNow() } };
  }
}
