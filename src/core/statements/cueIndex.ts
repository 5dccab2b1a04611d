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
    let lo = 0, hi = this.sorted.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (this.sorted[mid].lastTok < tok) lo = mid + 1; else hi = mid; }
    const c = this.sorted[lo - 1];
    return c && c.firstTok >= floor ? c : undefined;
  }
}
