/**
 * A reporting clause between two clauses of one sentence: "Most of the dead were local, Smith said, while
 * two were tourists." · "Sales rose, the company said, but profits fell." The source reports the whole
 * sentence, so the statement runs from its start to its end (like a parenthesis after the subject). After
 * "and", the second clause is a statement of its own, as a quotation split by its cue is two.
 */
import type { CueSpan } from '../cues';
import type { Doc } from '../doc';
import { isClause } from './clause';
import { clauseEnd } from './clauseEnd';
import { postposedContent } from './postposed';
import { negatedCue } from './clauseFrame';
import { QUOTE } from '../text/tokenTable';

const LINKS = new Set(['while', 'whilst', 'but', 'although', 'though', 'whereas', 'and', 'yet']);
/**
 * "The army will withdraw, the minister said, once the talks end.": a subordinate clause after the cue states
 * the condition or time of what was said, so it belongs to the statement too (when a clause follows it).
 */
const SUBORDINATORS = new Set(['because', 'if', 'unless', 'once', 'until', 'after', 'before', 'since']);
/** "The plan is dead, he said, when asked about it." · "…, she said as she left.": the reporter's narration of the saying. */
const NARRATION = new Set(['when', 'as']);

export function midSentenceContent(doc: Doc, cue: CueSpan, a: number, b: number, isCueAt: (t: number) => boolean): { first: number; last: number } | null {
  const lower = doc.tokens.lower;
  const comma = cue.lastTok + 1;
  if (cue.kind !== 'verb' || cue.inflection === 'ing' || !cue.frames.has('clause')) return null;
  const subordinate = SUBORDINATORS.has(lower[comma + 1]);
  const narration = NARRATION.has(lower[comma + 1]);
  if (lower[comma] !== ',' || !(LINKS.has(lower[comma + 1]) || subordinate || narration) || comma + 2 > b) return null;
  const before = postposedContent(doc, cue, a, b);
  if (!before || !isClause(doc, before.first, before.last)) return null;
  if (narration) return before;
  // "The bridge will reopen, the mayor said, though she gave no date.": what was not said is the reporter's.
  if (negatedCue(doc, comma + 1)) return before;
  // `…, he said, and "everyone started running."`: the second clause may open with a quotation mark.
  const second = doc.tokens.kind[comma + 2] === QUOTE ? comma + 3 : comma + 2;
  const last = clauseEnd(doc, second, isCueAt);
  if (subordinate && !isClause(doc, second, last)) return before;
  if (last <= second) return null;
  // "The zoo will get no more rhinos, Ruiz said, and for the town it is a matter of pride": "and" joins a
  // second statement (secondAfterMidCue), not the second half of one.
  return lower[comma + 1] === 'and' && isClause(doc, second, last) ? before : { first: before.first, last };
}

/** The clause after ", and" that follows a mid-sentence cue whose content is the clause before it, or null. */
export function secondAfterMidCue(doc: Doc, cue: CueSpan, content: { first: number; last: number }, isCueAt: (t: number) => boolean): { first: number; last: number } | null {
  const comma = cue.lastTok + 1;
  if (content.last >= cue.firstTok || doc.tokens.lower[comma] !== ',' || doc.tokens.lower[comma + 1] !== 'and') return null;
  if (cue.kind !== 'verb' || cue.inflection === 'ing' || !cue.frames.has('clause')) return null;
  const last = clauseEnd(doc, comma + 2, isCueAt);
  return last > comma + 2 && isClause(doc, comma + 2, last) ? { first: comma + 2, last } : null;
}
