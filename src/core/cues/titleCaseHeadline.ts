/**
 * A headline set in Title Case ("Mayor Says Bridge Will Reopen In May"): every word is capitalised, so a verb
 * form after a word cannot be told from a name's part by its capital (verbCue.ts drops those). There, the
 * present -s form of a cue verb after the first word is the headline's verb, as in "Mayor says bridge will
 * reopen": newspapers that capitalise headlines capitalise every word of them. Only a verb that takes a
 * clause (verbCue.ts), not "Senator Endorses Ann Lee", and not inside an opening "If" clause.
 */
import type { Doc } from '../doc';
import { WORD } from '../text/tokenTable';

/** Lowercase words a Title Case headline may keep ("of", "a", "to" in some house styles; a possessive's "'s"). */
const SMALL = new Set(["'s", '’s', 'a', 'an', 'the', 'of', 'to', 'in', 'on', 'at', 'by', 'for', 'and', 'or', 'but', 'as', 'vs', 'with', 'from']);
/** Words opening a subordinate clause ("If", "When"). */
const SUBORDINATORS = new Set(['if', 'when', 'whether', 'because', 'unless', 'why', 'how', 'what', 'while']);
/** How many words a headline may have for this test (bounded work per cue). */
const MAX_WORDS = 30;

/** Whether token `i` (an -s form of a cue verb) stands in a headline whose words are all capitalised. */
export function inTitleCaseHeadline(doc: Doc, i: number): boolean {
  const { para, sent, kind, cap, lower } = doc.tokens;
  if (para[i] >= 0 || !lower[i].endsWith('s')) return false;
  let words = 0;
  let from = i;
  while (from > 0 && sent[from - 1] === sent[i] && i - from < MAX_WORDS) from--;
  for (let k = from; k < doc.tokens.length && sent[k] === sent[i] && k - from < MAX_WORDS; k++) {
    if (kind[k] !== WORD) continue;
    words++;
    if (cap[k] !== 1 && !SMALL.has(lower[k]) && !/^\d/.test(lower[k])) return false;
    // "Fact Check: If Mayor Says It, It's True": a verb inside a subordinate clause is not the headline's report.
    if (k < i && SUBORDINATORS.has(lower[k])) return false;
  }
  // Four words at least after the verb's subject: "Trump Says" alone is no report.
  return words >= 5;
}
