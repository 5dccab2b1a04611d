/**
 * Analyses successive versions of one document, each from the text alone, reusing what the edit since the
 * previous version left unchanged (pipeline.ts): `new IncrementalAnalyzer().analyze(text)` always equals
 * `analyze(text)`, only faster after a small edit of a long text. It holds the previous version's tokens and
 * figures (about 11 bytes per character of text: the token arrays most of it): one analyzer per open document,
 * dropped with it.
 */
import { runPipeline, type PipelineRun } from '../pipeline';
import type { Analysis, AnalyzeOptions } from '../types';

export class IncrementalAnalyzer {
  private previous: PipelineRun | null = null;

  analyze(text: string, options: AnalyzeOptions = {}): Analysis {
    const { analysis, run } = runPipeline(text, options, this.previous);
    this.previous = run;
    return analysis;
  }

  /** What the last analysis took from the one before it (for tests and benchmarks). */
  get reused(): PipelineRun['reused'] {
    return this.previous?.reused ?? { paragraphs: 0, figureStretches: 0 };
  }

  /** The length of the text held for the next version. */
  get heldLength(): number {
    return this.previous?.doc.text.length ?? 0;
  }

  /** Lets the previous version go: the next analysis runs from scratch. */
  reset(): void {
    this.previous = null;
  }
}
