/**
 * A reporting clause between two clauses of one sentence: "Most of the dead were local, Smith said, while
 * two were tourists." · "Sales rose, the company said, but profits fell." The source reports the whole
 * sentence, so the statement runs from its start to its end (like a parenthesis after the subject).
 */
import type { CueSpan } from '../cues';
import type { Doc } from '../doc';
import { isClause } from './clause';
import { clauseEnd } from './clauseEnd';
import { postposedContent } from './postposed';

const LINKS = new Set(['while', 'whilst', 'but', 'although', 'though', 'whereas', 'and', 'yet']);

export function midSentenceContent(doc: Doc, cue: CueSpan, a: number, b: number, isCueAt: (t: number) => boolean): { first: number; last: number } | null {
  const lower = doc.tokens.lower;
  const comma = cue.lastTok + 1;
  if (cue.kind !== 'verb' || cue.inflection === 'ing' || !cue.frames.has('clause')) return null;
  if (lower[comma] !== ',' || !LINKS.has(lower[comma + 1]) || comma + 2 > b) return null;
  const before = postposedContent(doc, cue, a, b);
  if (!before || !isClause(doc, before.first, before.last)) return null;
  const last = clauseEnd(doc, comma + 2, isCueAt);
  return last > comma + 2 ? { first: before.first, last } : null;
}
