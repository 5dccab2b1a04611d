/**
 * The analysis worker thread (bundled to dist/analysisWorker.js, next to dist/extension.js): analyses long
 * documents off the extension host's thread, one request at a time, in the order sent. The host sends only
 * the latest version of each document (see analysisWorkerClient.ts), so there is no queue to manage here.
 * The answer is packed here (analysisTransfer.ts), so that the host decodes only the parts it reads. This is
 * the only bundle holding the engine: the extension host never runs it (see analysisCache.ts). Each
 * document's next version is analysed incrementally (documentAnalyzers.ts): the same result, faster.
 */
import { parentPort } from 'worker_threads';
import { analyzePrefix } from './analyzePrefix';
import { packAnalysis, transferables } from './analysisTransfer';
import { wallNow, type AnalyzeReply, type WorkerMessage, type WorkerRequest } from './analysisWorkerProtocol';
import { DocumentAnalyzers } from './documentAnalyzers';

const analyzers = new DocumentAnalyzers();

parentPort?.on('message', (request: WorkerRequest) => {
  if ('close' in request) {
    analyzers.drop(request.close);
    return;
  }
  const startedAt = wallNow();
  let reply: AnalyzeReply;
  let transfer: ArrayBuffer[] = [];
  try {
    const analysis = analyzePrefix(request.prefix, request.fullLength, analyzers.of(request.key));
    analyzers.trim(request.key);
    const engineMs = wallNow() - startedAt;
    const packed = packAnalysis(analysis);
    transfer = transferables(packed);
    const postedAt = wallNow();
    reply = { id: request.id, analysis: packed, timings: { sentAt: request.sentAt, startedAt, engineMs, packMs: postedAt - startedAt - engineMs, postedAt } };
  } catch (error) {
    analyzers.drop(request.key);
    reply = { id: request.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  parentPort?.postMessage(reply, transfer);
});

// Loaded: a worker that dies before saying so could not start (see analysisWorkerClient.ts).
parentPort?.postMessage({ ready: true } satisfies WorkerMessage);
