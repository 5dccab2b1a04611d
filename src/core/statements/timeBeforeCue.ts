/**
 * A time adjunct between a source and its cue: "The minister, a veteran of the party, earlier this week
 * remarked …", "Police on Monday said …", "The agency yesterday warned …". The time words are no source;
 * the subject ends before them.
 */
import type { Doc } from '../doc';
import { timePhraseEnd } from './timeAdjunct';

const BARE_DAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'yesterday', 'today']);
/** "last week", "earlier this month", "on Monday", "in March 2009": at most this many words. */
const MAX_WORDS = 4;
/** Words that make the time part of a phrase before it ("posts from Friday theorized", "the vote of last week"). */
const BINDING = new Set(['from', 'of', 'since', 'until', 'till', 'by', 'for', 'to', 'at', 'in', 'on', 'before', 'after', 'during', 'the', "'s", '’s']);

/** The first token of a time adjunct that ends at `k` (after `floor`), or -1 when the words there tell no time. */
export function timeAdjunctEndingAt(doc: Doc, k: number, floor: number): number {
  const start = timeStart(doc, k, floor);
  return start > floor && !BINDING.has(doc.tokens.lower[start - 1]) ? start : -1;
}

function timeStart(doc: Doc, k: number, floor: number): number {
  for (let s = Math.max(floor + 1, k - MAX_WORDS + 1); s <= k; s++) {
    if (timePhraseEnd(doc, s) === k + 1) return s;
  }
  // "Police Monday said …", "The agency yesterday warned …": a bare day.
  return BARE_DAYS.has(doc.tokens.lower[k]) ? k : -1;
}
