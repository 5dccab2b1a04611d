/**
 * The messages between the extension host and the analysis worker thread (analysisWorker.ts). Times named
 * `…At` are wall-clock milliseconds (`wallNow()`), comparable across threads, for the host benchmark's
 * breakdown of a refresh.
 */
import type { PackedAnalysis } from './analysisTransfer';

export interface AnalyzeRequest {
  readonly id: number;
  /** The document's key: the worker reuses what an edit left unchanged since its previous version. */
  readonly key: string;
  /** The document's first characters, at most the size limit (see analyzePrefix.ts). */
  readonly prefix: string;
  readonly fullLength: number;
  readonly sentAt: number;
}

/** Where the time of one analysis in the worker went. */
export interface WorkerTimings {
  readonly sentAt: number;
  /** When the worker began the job (the request's copy and any wait for the worker are before it). */
  readonly startedAt: number;
  readonly engineMs: number;
  /** Packing the answer for the host (analysisTransfer.ts). */
  readonly packMs: number;
  /** When the worker posted the answer (copying it out of the worker is after it). */
  readonly postedAt: number;
}

/** The document closed: the worker lets go of what it kept of its last version. */
export interface CloseRequest {
  readonly close: string;
}

export type WorkerRequest = AnalyzeRequest | CloseRequest;

export type AnalyzeReply =
  | { readonly id: number; readonly analysis: PackedAnalysis; readonly timings: WorkerTimings }
  | { readonly id: number; readonly error: string };

/** What the worker posts: `ready` once, when its bundle (the engine) is loaded, then one reply per request. */
export type WorkerMessage = AnalyzeReply | { readonly ready: true };

/** Milliseconds since the epoch, with sub-millisecond precision: `performance.now()` has one origin per thread. */
export function wallNow(): number {
  return performance.timeOrigin + performance.now();
}
