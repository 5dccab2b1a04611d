/**
 * A time or reason clause right after a verb of saying is when or why the words were said, not what was said:
 * "…," Trump said when Boyle asked him a question. · told Congress when asked about the inquiry: "…" ·
 * she said after the meeting ended. The content would need a main clause after the adverbial's comma
 * ("said when the storm hit, the roof collapsed" keeps its content; clause.ts reads that one).
 */
import type { CueSpan } from '../cues';
import type { Doc } from '../doc';
import { QUOTE, WORD } from '../text/tokenTable';
import { WH_RELATIVES } from '../mentions/lexicon';

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

/** Subordinators that open a time or reason clause, never a report ("as X said, …" is one: asCue.ts). */
const SUBORDINATORS = new Set(['after', 'before', 'when', 'once', 'until', 'while', 'since', 'because', 'although', 'though', 'if', 'unless', 'whenever']);
/** Most words between a subordinator and the cue it governs ("after the Sanders interview concluded"). */
const MAX_CLAUSE = 8;

/**
 * "Later in the show, after the interview concluded, Maher stated …": a cue right before a comma whose own
 * clause a subordinator opens is the verb of that time clause, so neither side of the comma is its content.
 */
export function endsAdverbialClause(doc: Doc, cue: CueSpan, a: number): boolean {
  const { lower, kind } = doc.tokens;
  for (let k = cue.firstTok - 1; k >= a && k >= cue.firstTok - MAX_CLAUSE; k--) {
    if (kind[k] !== WORD && /^[,;:—–(]$/.test(lower[k])) return false;
    if (SUBORDINATORS.has(lower[k])) return k === a || lower[k - 1] === ',' || lower[k - 1] === 'and' || lower[k - 1] === 'but';
  }
  return false;
}

/** Subordinators that open a fronted clause ahead of the sentence's main clause. */
const FRONTED_SUBORDINATORS = new Set(['although', 'though', 'while', 'whereas', 'because', 'since', 'if', 'when', 'after', 'before', 'once', 'even']);

/**
 * "Although in September she said her choice was a mistake, at the town hall she said …": a cue inside a
 * subordinate clause that opens the sentence; its content ends at the last comma before a clause, the main one. Returns
 * the content's new last token (or `last`).
 */
export function endBeforeMainClause(doc: Doc, cue: CueSpan, a: number, first: number, last: number, isClauseAt: (f: number) => boolean): number {
  const { lower } = doc.tokens;
  if (!FRONTED_SUBORDINATORS.has(lower[a] ?? '')) return last;
  // The cue's own clause: no comma between the subordinator's clause start and the cue, except after a short
  // adverbial ("Although in September she said …" has none; "When, in May, she said …" is left alone).
  for (let k = a + 1; k < cue.firstTok; k++) if (lower[k] === ',' || lower[k] === ';') return last;
  // The last comma before a clause: an adverbial inside the content keeps its own ("said that, as a child, she …").
  // A relative clause closed by a comma inside the content is no such boundary: "After she said the plan, which
  // cost millions, had failed, the mayor resigned" reports "the plan, which cost millions, had failed"; one
  // running to the content's end still is ("After she said the plan was late, which nobody disputed, …").
  let commaAfter = false;
  for (let k = last - 1; k > first; k--) {
    if (lower[k] !== ',') continue;
    if (!(commaAfter && WH_RELATIVES.has(lower[k + 1])) && isClauseAt(k + 1)) return k - 1;
    commaAfter = true;
  }
  return last;
}
