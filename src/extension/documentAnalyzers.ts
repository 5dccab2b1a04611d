/**
 * The worker's incremental analyzers (core/incremental/analyzer.ts), one per open document, keyed by the
 * host's document key: the next version of a document is analysed reusing what the edit left unchanged.
 * Each holds its last version's tokens and figures (about 11 bytes a character), so they are bounded: at most
 * `maxDocuments` and `maxCharacters` held in all, the least recently analysed let go first (its next
 * analysis then runs from scratch, with the same result); the host drops a document's when it closes.
 */
import { IncrementalAnalyzer } from '../core';

export class DocumentAnalyzers {
  /** In order of last use, the most recent last (a Map keeps insertion order). */
  private readonly analyzers = new Map<string, IncrementalAnalyzer>();

  constructor(private readonly maxDocuments = 8, private readonly maxCharacters = 8_000_000) {}

  /** The document's analyzer, made the most recently used (created if new). */
  of(key: string): IncrementalAnalyzer {
    const analyzer = this.analyzers.get(key) ?? new IncrementalAnalyzer();
    this.analyzers.delete(key);
    this.analyzers.set(key, analyzer);
    return analyzer;
  }

  /** Lets the oldest go while over the bounds, never the document just analysed (`keep`). */
  trim(keep: string): void {
    let held = 0;
    for (const a of this.analyzers.values()) held += a.heldLength;
    for (const [key, analyzer] of this.analyzers) {
      if (this.analyzers.size <= this.maxDocuments && held <= this.maxCharacters) break;
      if (key === keep) continue;
      held -= analyzer.heldLength;
      this.analyzers.delete(key);
    }
  }

  drop(key: string): void {
    this.analyzers.delete(key);
  }

  get size(): number {
    return this.analyzers.size;
  }
}
