/**
 * The analysis worker thread (bundled to dist/analysisWorker.js, next to dist/extension.js): analyses long
 * documents off the extension host's thread, one request at a time, in the order sent. The host sends only
 * the latest version of each document (see analysisWorkerClient.ts), so there is no queue to manage here.
 */
import { parentPort } from 'worker_threads';
import { analyzePrefix } from './analyzePrefix';
import type { AnalyzeReply, AnalyzeRequest } from './analysisWorkerProtocol';

parentPort?.on('message', (request: AnalyzeRequest) => {
  const started = performance.now();
  let reply: AnalyzeReply;
  try {
    reply = { id: request.id, analysis: analyzePrefix(request.prefix, request.fullLength), elapsedMs: performance.now() - started };
  } catch (error) {
    reply = { id: request.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  parentPort?.postMessage(reply);
});
