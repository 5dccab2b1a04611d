/** The cues of a text by first token, and the last one before a token (binary search over cue ends). */
import type { CueSpan } from '../cues';

export class CueIndex {
  private readonly byFirst = new Map<number, CueSpan>();
  private readonly sorted: CueSpan[];
  constructor(cues: readonly CueSpan[]) {
    for (const c of cues) this.byFirst.set(c.firstTok, c);
    this.sorted = [...cues];
  }
  startingAt(tok: number): CueSpan | undefined {
    return this.byFirst.get(tok);
  }
  /** The last cue ending before token `tok` and not before token `floor`. */
  lastBefore(tok: number, floor: number): CueSpan | undefined {
    const c = this.sorted[this.indexBefore(tok)];
    return c && c.firstTok >= floor ? c : undefined;
  }

  /**
   * The first "according to" cue met walking back from `tok` by lastBefore (each step the last cue ending before
   * the one reached), not before token `floor`. Read from a table built once, so a sentence of thousands of cues
   * costs one step per cue, not one walk per cue (8,000 quoted phrases in one sentence took 2.3 s).
   */
  accordingBefore(tok: number, floor: number): CueSpan | undefined {
    const i = this.indexBefore(tok);
    if (i < 0 || this.sorted[i].firstTok < floor) return undefined;
    // Walking back, each cue starts before the one reached: every cue between i and the "according" cue starts
    // after it, so the walk reaches it when it starts at or after the floor.
    const c = this.chainAccording()[i];
    return c && c.firstTok >= floor ? c : undefined;
  }

  private chain: Array<CueSpan | undefined> | undefined;

  /** For each cue, the first "according to" cue on its walk back (itself included). */
  private chainAccording(): Array<CueSpan | undefined> {
    if (this.chain) return this.chain;
    const chain: Array<CueSpan | undefined> = [];
    for (let i = 0; i < this.sorted.length; i++) {
      const c = this.sorted[i];
      const prev = this.indexBefore(c.firstTok);
      chain.push(c.kind === 'according' ? c : prev >= 0 ? chain[prev] : undefined);
    }
    return (this.chain = chain);
  }

  /** Index of the last cue ending before token `tok` (cues are sorted by their ends), or -1. */
  private indexBefore(tok: number): number {
    let lo = 0, hi = this.sorted.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (this.sorted[mid].lastTok < tok) lo = mid + 1; else hi = mid; }
    return lo - 1;
  }
}
