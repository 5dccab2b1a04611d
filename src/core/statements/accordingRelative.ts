/**
 * A relative clause on "that" right after the source of an opening "according to" still describes the source:
 * "According to a report that was published on Monday, the mine will close" (the content is "the mine will
 * close"), "According to the police statement that announced the arrest:" (nothing follows the source: no
 * content of its own). Right after such a source "that" is never a complementiser. The clause opens on "that"
 * and a verb and runs to the first comma, colon or stop, within a fixed number of words. ("who" and "which"
 * without a comma: sourceTrail.ts.)
 */
import type { Doc } from '../doc';
import { WORD } from '../text/tokenTable';
import { VERB_FORMS } from '../cues/lexicon';
import { COMMON_VERBS, FINITE_AUXILIARIES, IRREGULAR_PAST } from './verbWords';

const MAX_RELATIVE = 12;

function isVerbWord(word: string): boolean {
  return VERB_FORMS.has(word) || FINITE_AUXILIARIES.has(word) || COMMON_VERBS.has(word) || IRREGULAR_PAST.has(word) || /^[a-z]{2,}ed$/.test(word);
}

/** The comma, colon or stop closing a "that" relative opening at `k` (at most `b`), or -1. */
export function thatRelativeEnd(doc: Doc, k: number, b: number): number {
  const { lower, kind, sent } = doc.tokens;
  if (k + 1 > b || lower[k] !== 'that' || sent[k + 1] !== sent[k] || !isVerbWord(lower[k + 1])) return -1;
  for (let c = k + 2; c <= b + 1 && c < doc.tokens.length && c <= k + MAX_RELATIVE; c++) {
    if (sent[c] !== sent[k] || /^[,:;.!?]$/.test(lower[c])) return c;
    if (kind[c] !== WORD) return -1;
  }
  return -1;
}
