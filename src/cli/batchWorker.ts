/**
 * A batch worker thread (bundled to dist/batchWorker.js): analyses the chunks of files the CLI sends it and
 * answers with one result per file, in order. See batch.ts.
 */
import { parentPort } from 'worker_threads';
import { analyzeFile, type FileFormat, type FileResult } from './analyzeFile';

export interface WorkRequest {
  /** The index of the chunk's first file in the whole batch. */
  readonly first: number;
  readonly files: readonly string[];
  readonly format: FileFormat;
}

export interface WorkReply {
  readonly first: number;
  readonly results: readonly FileResult[];
}

parentPort?.on('message', (request: WorkRequest) => {
  const reply: WorkReply = { first: request.first, results: request.files.map((file) => analyzeFile(file, request.format)) };
  parentPort?.postMessage(reply);
});
