/**
 * The word runs of a text (maximal runs of letters and numbers, as `wordChars` reads them), found in one
 * pass for the two passes that visit every run: numbers (figures/numberScan) and knowledge-base aliases
 * (aliasIndex), which each scanned every character of the text before. The runs of the last text asked
 * about are kept, so both passes of an analysis share them; the text is let go at the next one.
 */
import { ASCII_INDEX, runEnd, wordCharAt } from './wordChars';
import type { TextDelta } from '../incremental/textDelta';

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

/**
 * Makes the runs of `text`, an edited version of the last text asked about (`delta` from it), the ones kept
 * for the next passes: the runs before the edit are copied, those after it moved, and only the stretch
 * between is scanned (see `scanRuns`). Without the previous text's runs, the whole text is scanned.
 */
export function keepRunsAfterEdit(text: string, delta: TextDelta): void {
  if (last !== null && last.text === text) return;
  last = { text, runs: last !== null && last.text === delta.oldText ? scanRuns(text, last.runs, delta) : scanRuns(text) };
}

/**
 * The runs of `text`, scanned left to right; with the previous version's runs, only around the edit. A run
 * ending before the edit's first changed character (and the one after it, which a run's end may read) is the
 * same in both; the scan then stops at the first ASCII non-word character in the unchanged end of the text,
 * which no run ever covers, so the old scan passed it too and found the same runs from there on.
 */
function scanRuns(text: string, previous?: WordRuns, delta?: TextDelta): WordRuns {
  // News text has about one run per six characters: sized for that, the arrays rarely grow (each growth copies both).
  let starts: Int32Array = new Int32Array(Math.ceil(text.length / 5) + 16);
  let ends: Int32Array = new Int32Array(starts.length);
  let count = 0;
  let i = 0;
  const resync = previous && delta ? text.length - delta.suffix : Infinity;
  if (previous && delta) {
    while (count < previous.count && previous.ends[count] + 1 < delta.prefix) count++;
    starts = ensure(starts, count);
    ends = ensure(ends, count);
    starts.set(previous.starts.subarray(0, count));
    ends.set(previous.ends.subarray(0, count));
    if (count > 0) i = ends[count - 1];
  }
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c < 128 ? ASCII_INDEX[c] < 0 : wordCharAt(text, i) === 0) {
      if (i >= resync && c < 128) return withRunsFrom(previous!, delta!, i - delta!.shift, { count, starts, ends });
      i++;
      continue;
    }
    const end = c < 128 ? asciiRunEnd(text, i + 1) : runEnd(text, i);
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

/** runEnd from i, with the ASCII letters and digits (nearly all of a run) skipped in this loop first. */
function asciiRunEnd(text: string, i: number): number {
  let j = i;
  for (let d = text.charCodeAt(j); d < 128 && ASCII_INDEX[d] >= 0; d = text.charCodeAt(++j));
  return j < text.length ? runEnd(text, j) : j;
}

/** `runs` followed by the previous text's runs starting at or after `from` (an old offset), moved by the edit. */
function withRunsFrom(previous: WordRuns, delta: TextDelta, from: number, runs: WordRuns): WordRuns {
  const shift = delta.shift;
  const first = firstRunFrom(previous, delta.oldText, from);
  const total = runs.count + previous.count - first;
  const starts = ensure(runs.starts, total);
  const ends = ensure(runs.ends, total);
  for (let k = first, j = runs.count; k < previous.count; k++, j++) {
    starts[j] = previous.starts[k] + shift;
    ends[j] = previous.ends[k] + shift;
  }
  return { count: total, starts, ends };
}

function ensure(a: Int32Array, length: number): Int32Array {
  if (a.length >= length) return a;
  const b = new Int32Array(length + 16);
  b.set(a);
  return b;
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
