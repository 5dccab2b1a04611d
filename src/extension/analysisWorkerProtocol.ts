/** The messages between the extension host and the analysis worker thread (analysisWorker.ts). */
import type { Analysis } from '../core/types';

export interface AnalyzeRequest {
  readonly id: number;
  /** The document's first characters, at most the size limit (see analyzePrefix.ts). */
  readonly prefix: string;
  readonly fullLength: number;
}

export type AnalyzeReply =
  | { readonly id: number; readonly analysis: Analysis; readonly elapsedMs: number }
  | { readonly id: number; readonly error: string };
