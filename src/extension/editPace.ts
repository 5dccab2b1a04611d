/**
 * How long the views that follow edits (Speakers tree, diagnostics, status bar) wait after an edit before
 * asking for the analysis: adaptive, per document.
 *
 * - An isolated edit (no other edit of the document in the previous `ISOLATED_EDIT_GAP_MS`: a paste, an
 *   undo, a one-word correction) is analysed at once. Waiting would only add to the time until the views
 *   show it; if another edit follows, the worker's answer is dropped (the host never waits for it).
 * - While the user keeps typing (edits less than `ISOLATED_EDIT_GAP_MS` apart, keys come every 100–250 ms),
 *   the views wait for a pause of `TYPING_SETTLE_MS`: an analysis started mid-burst is wasted, and since the
 *   engine cannot be interrupted, a running stale analysis delays the one the user waits for by up to its
 *   own length. Its answer also costs the host a copy of the result and a tree rebuild between keystrokes.
 * - Unless the last analysis of the document was quick (`QUICK_ANALYSIS_MS`, shorter than the gap between two
 *   keys at a brisk pace): a run started after one key then ends before the next, so it never holds up the
 *   next one, and wasting it costs only worker time. The pause is then `QUICK_SETTLE_MS`. Measured on 100 KB
 *   (a ~40–70 ms analysis): the tree follows the last key ~320 ms later with a 300 ms pause, ~25 ms when every
 *   edit is analysed at once; on 1 MB (~250–340 ms) 513–541 ms with the pause against 467 ms with none, but
 *   then every edit runs an analysis (6 per burst of 6 edits, against 2), keeping a core busy while typing.
 *
 * No `vscode` import: unit tests drive it with their own clock.
 */

export const ISOLATED_EDIT_GAP_MS = 500;
export const TYPING_SETTLE_MS = 300;
export const QUICK_ANALYSIS_MS = 100;
export const QUICK_SETTLE_MS = 75;

interface Pace {
  version: number;
  at: number;
  /** Time since the edit before, when this version was first seen. */
  gap: number;
  /** How long the document's last analysis took (engine time). */
  lastAnalysisMs: number;
}

export class EditPace {
  private readonly documents = new Map<string, Pace>();

  constructor(private readonly now: () => number = () => performance.now()) {}

  /**
   * How long to wait, from now, before analysing `version` of the document `key`. The first call for a
   * version records the edit (the cache calls it from its change listener, so the pause counts from the edit).
   */
  waitMs(key: string, version: number): number {
    const now = this.now();
    let pace = this.documents.get(key);
    if (!pace) {
      pace = { version, at: now, gap: Infinity, lastAnalysisMs: Infinity };
      this.documents.set(key, pace);
    } else if (pace.version !== version) {
      Object.assign(pace, { version, gap: now - pace.at, at: now });
    }
    return Math.max(0, pauseMs(pace.gap, pace.lastAnalysisMs) - (now - pace.at));
  }

  /** Records how long an analysis of the document took. */
  analysed(key: string, elapsedMs: number): void {
    const pace = this.documents.get(key);
    if (pace) pace.lastAnalysisMs = elapsedMs;
  }

  forget(key: string): void {
    this.documents.delete(key);
  }
}

/** The pause after an edit that came `gap` ms after the one before. */
export function pauseMs(gap: number, lastAnalysisMs: number): number {
  if (gap >= ISOLATED_EDIT_GAP_MS) return 0;
  return lastAnalysisMs <= QUICK_ANALYSIS_MS ? QUICK_SETTLE_MS : TYPING_SETTLE_MS;
}
