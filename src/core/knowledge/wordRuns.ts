/**
 * The word runs of a text (maximal runs of letters and numbers, as `wordChars` reads them), found in one
 * pass for the two passes that visit every run: numbers (figures/numberScan) and knowledge-base aliases
 * (aliasIndex), which each scanned every character of the text before. The runs of the last text asked
 * about are kept, so both passes of an analysis share them; the text is let go at the next one.
 */
import { ASCII_INDEX, runEnd, wordCharAt } from './wordChars';

export interface WordRuns {
  readonly count: number;
  /** Start and end (exclusive) of each run, in text order. */
  readonly starts: Int32Array;
  readonly ends: Int32Array;
}

let last: { readonly text: string; readonly runs: WordRuns } | null = null;

export function wordRunsOf(text: string): WordRuns {
  if (last === null || last.text !== text) last = { text, runs: scanRuns(text) };
  return last.runs;
}

function scanRuns(text: string): WordRuns {
  let starts: Int32Array = new Int32Array((text.length >> 3) + 16);
  let ends: Int32Array = new Int32Array(starts.length);
  let count = 0;
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c < 128 ? ASCII_INDEX[c] < 0 : wordCharAt(text, i) === 0) { i++; continue; }
    const end = runEnd(text, i);
    if (count === starts.length) {
      starts = grown(starts);
      ends = grown(ends);
    }
    starts[count] = i;
    ends[count++] = end;
    i = end;
  }
  return { count, starts, ends };
}

function grown(a: Int32Array): Int32Array {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}

/**
 * The index of the first run starting at or after `offset` — the first run a scan from `offset` finds (a
 * run that `offset` cuts is not one: its rest is no run start). -1 when `offset` splits a surrogate pair,
 * where such a scan and the text's runs could disagree: the caller then scans.
 */
export function firstRunFrom(runs: WordRuns, text: string, offset: number): number {
  if (offset > 0 && isLowSurrogate(text.charCodeAt(offset)) && isHighSurrogate(text.charCodeAt(offset - 1))) return -1;
  let lo = 0;
  let hi = runs.count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (runs.starts[mid] < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}
