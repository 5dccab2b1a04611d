/**
 * A cue's own content clause before the quotation it introduces: quoteDrafts (drafts.ts) then leaves the cue
 * free, and indirectDrafts reports the clause too.
 */
import type { CueSpan } from '../cues';
import type { Doc } from '../doc';
import { phraseStartingAt } from '../mentions/np';
import { afterTimeAdjunct } from './timeAdjunct';
import { isClause } from './clause';
import { conjunctBefore } from './conjuncts';
import { postposedContent } from './postposed';

const SUBORDINATE = new Set(['if', 'when', 'whether', 'although', 'though', 'because', 'as', 'while', 'unless', 'once', 'after', 'before', 'since']);

/**
 * "Burrows also said resources would be accessible for schools," For example, …": a whole content clause
 * stands between the cue and the quotation, so the cue also carries an indirect statement. Not so for a
 * subordinate clause ("Putin said that if the new talks go well, "We might …").
 */
export function clauseBetween(doc: Doc, cue: CueSpan, open: number): boolean {
  if (!(cue.frames.has('clause') || cue.frames.has('object')) || cue.frames.has('description') || cue.lastTok >= open) return false;
  const lower = doc.tokens.lower;
  // "She told Vogue in 2015 she had not …; "Not just me …"": after a hearer (and a time), the clause.
  // "told the press he would …": a hearer the cue already holds is not skipped twice.
  let first = cue.frames.has('clause') || cue.lastTok > cue.verbTok ? cue.lastTok + 1 : afterHearer(doc, cue.lastTok + 1);
  if (lower[first] === 'that') first++;
  if (open - first < 5 || SUBORDINATE.has(lower[first])) return false;
  // "told the press he would sign the budget: "If they send it …"": a colon closes the clause as well.
  return ((lower[open - 1] === ',' || lower[open - 1] === ';' || lower[open - 1] === ':') && isClause(doc, first, open - 2)) || conjunctBefore(doc, first, open) >= 0;
}

function afterHearer(doc: Doc, i: number): number {
  const hearer = phraseStartingAt(doc, i);
  return hearer ? afterTimeAdjunct(doc, hearer.last + 1) : i;
}

/**
 * `The truck plowed through the barriers, he said, and "everyone started running."`: a mid-sentence cue whose
 * content is the clause before it, then ", and" and the quotation; the cue carries that clause as well.
 */
export function clauseBeforeMidCue(doc: Doc, cue: CueSpan, open: number): boolean {
  const lower = doc.tokens.lower;
  if (cue.kind !== 'verb' || !cue.frames.has('clause') || open !== cue.lastTok + 3 || lower[cue.lastTok + 1] !== ',' || lower[cue.lastTok + 2] !== 'and') return false;
  return postposedContent(doc, cue, doc.sentStart[cue.verbTok], doc.sentEnd[cue.verbTok]) !== null;
}
