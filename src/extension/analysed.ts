/** What the analysis cache keeps per document version, and where its time went (for the host benchmark). */
import type { Analysis } from '../core/types';
import type { WorkerTimings } from './analysisWorkerProtocol';

/** An analysis with the text it was made from (the document's first characters when it was cut short). */
export interface Analysed {
  readonly version: number;
  readonly analysis: Analysis;
  readonly text: string;
  /** Where it ran: always the worker thread, never the extension host (tests and the host benchmark check). */
  readonly where: 'worker';
  /** How long the engine took (the benchmarks report it). */
  readonly elapsedMs: number;
  /** Where the time went, for the host benchmark (wall-clock times, see analysisWorkerProtocol.ts). */
  readonly timings: AnalysisTimings;
}

export interface AnalysisTimings extends Partial<WorkerTimings> {
  /** When a provider asked for this version (the analysis started then). */
  readonly requestedAt: number;
  /** Reading the document's text (`getText` of the part analysed). */
  readonly textMs: number;
  /** When the worker's answer reached the host (copied in). */
  readonly receivedAt?: number;
  readonly storedAt: number;
}

export type Asked = Pick<AnalysisTimings, 'requestedAt' | 'textMs'>;
