/**
 * A quotation left open at its paragraph's end runs on in the next paragraph ("We came ashore at dawn. The
 * water was red. / "I lost three friends that morning," he said."): by the convention of news writing the
 * attribution that ends the continuation is the whole quotation's, so the open part takes its source.
 */
import type { Draft } from './drafts';

/** How many paragraphs a continued quotation may run over before its attribution. */
const MAX_PARAGRAPHS = 4;

/** The index of the draft whose source the floating quotation `i` continues into, or -1. */
export function continuationSource(drafts: readonly Draft[], i: number): number {
  for (let k = i; k + 1 < drafts.length && k - i < MAX_PARAGRAPHS; k++) {
    const here = drafts[k], next = drafts[k + 1];
    if (!here.quote?.continuedNext || !next.quote?.continuesPrev || next.para !== here.para + 1) return -1;
    if (next.phrase) return k + 1;
  }
  return -1;
}
