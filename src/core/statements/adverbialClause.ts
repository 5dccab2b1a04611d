/**
 * A time or reason clause right after a verb of saying is when or why the words were said, not what was said:
 * "…," Trump said when Boyle asked him a question. · told Congress when asked about the inquiry: "…" ·
 * she said after the meeting ended. The content would need a main clause after the adverbial's comma
 * ("said when the storm hit, the roof collapsed" keeps its content; clause.ts reads that one).
 */
import type { CueSpan } from '../cues';
import type { Doc } from '../doc';
import { QUOTE } from '../text/tokenTable';

/** Verbs whose content is a statement, never an indirect question ("asked when …", "explained when …" are). */
const STATEMENT_VERBS = new Set(['say', 'add', 'tell', 'write', 'note', 'state', 'comment', 'remark', 'reply', 'respond', 'tweet', 'post']);
const TIME_OPENERS = new Set(['when', 'as', 'after', 'before', 'while', 'until', 'once', 'because', 'since']);

/** Whether the words from token `i` (no "that" before them) are only a time or reason clause of the cue. */
export function adverbialOnly(doc: Doc, cue: CueSpan, i: number, b: number): boolean {
  const { lower, kind } = doc.tokens;
  if (cue.kind !== 'verb' || !STATEMENT_VERBS.has(cue.lemma) || !TIME_OPENERS.has(lower[i] ?? '')) return false;
  for (let k = i + 1; k <= b; k++) {
    if (lower[k] === ',') return false;
    if (lower[k] === ':' || kind[k] === QUOTE) return true;
  }
  return true;
}
