/**
 * Figures of the stretches an edit left unchanged, taken from the previous version of the document: a
 * stretch's figures (before the statement they stand in is known) depend only on the characters of its
 * window (figureWindow.ts) and on the article's year. Each analysis records its stretches' figures with
 * their windows, so the next version reuses those whose window the edit did not touch; the statements they
 * stand in are matched afresh.
 */
import type { Draft } from '../figures/build';
import type { Span } from '../types';
import { READ_BEFORE, windowEnd } from './figureWindow';
import type { TextDelta } from './textDelta';

interface Stretch {
  readonly end: number;
  /** The window the figures were found from, in its own text; -1 when it was not safe to reuse. */
  readonly windowFrom: number;
  readonly windowTo: number;
  readonly year: number | null;
  readonly drafts: readonly Draft[];
}

export class FigureMemo {
  /** This version's stretches by start offset. */
  private readonly stretches = new Map<number, Stretch>();
  reused = 0;

  constructor(private readonly text: string, private previous?: FigureMemo, private delta?: TextDelta) {}

  /**
   * Lets the previous version go once this one's figures are found: kept, each memo would hold the one
   * before it, and every text since the document was opened with them.
   */
  finish(): void {
    this.previous = undefined;
    this.delta = undefined;
  }

  /** The figure drafts of a stretch: the previous version's, moved, when its window is unchanged, else `find()`. */
  draftsOf(span: Span, year: number | null, find: () => Draft[]): Draft[] {
    const moved = this.previousStretch(span, year);
    if (moved) {
      const { stretch, shift, drafts } = moved;
      this.reused++;
      this.stretches.set(span.start, { end: span.end, windowFrom: stretch.windowFrom + shift, windowTo: stretch.windowTo + shift, year, drafts });
      return drafts;
    }
    const to = windowEnd(this.text, span.end);
    const from = to < 0 ? -1 : Math.max(0, span.start - READ_BEFORE);
    const drafts = find();
    this.stretches.set(span.start, { end: span.end, windowFrom: from, windowTo: to, year, drafts });
    return drafts;
  }

  /** The previous version's stretch at the place `span` moved from, with its drafts moved, when reusable. */
  private previousStretch(span: Span, year: number | null): { stretch: Stretch; shift: number; drafts: Draft[] } | null {
    if (!this.previous || !this.delta) return null;
    const oldStart = this.delta.oldStart(span.start, span.end);
    const old = oldStart < 0 ? undefined : this.previous.stretches.get(oldStart);
    if (!old || old.windowFrom < 0 || old.end - oldStart !== span.end - span.start || old.year !== year) return null;
    const shift = span.start - oldStart;
    // The window must stand where the stretch moved: a window clipped at the text's start (0) stays only at 0.
    const windowAt = this.delta.newStart(old.windowFrom, old.windowTo);
    if (windowAt < 0 || windowAt !== old.windowFrom + shift) return null;
    // The text sliced again from this version: a slice of the old text would keep that whole text alive.
    const drafts = old.drafts.map((d) => ({ ...d, start: d.start + shift, end: d.end + shift, text: this.text.slice(d.start + shift, d.end + shift) }));
    return { stretch: old, shift, drafts };
  }
}
