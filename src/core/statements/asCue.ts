/**
 * A reporting clause fronted with "as": "As the ministry reported, later testing had cut the number of cases."
 * · "As she told reporters on Monday, the talks will resume." The clause after the comma is what was reported;
 * the "as" clause only credits it. Not "as" of manner elsewhere ("She voted as she said she would"), not a time
 * clause without a cue ("As he left, he said …": "said" there has its own content), not "As he told it, …"
 * (the telling, not a clause, is the object). "As reported by X, …" is a cue of its own (cues/asReportedBy.ts).
 */
import type { CueSpan } from '../cues';
import type { Doc } from '../doc';
import { WORD } from '../text/tokenTable';
import { SUBJECT_PRONOUNS } from '../mentions/lexicon';
import { isClause } from './clause';
import { clauseEnd } from './clauseEnd';
import { AUX } from './verbWords';

/** How many words the source between "as" and the cue may have ("the minister Jan Ek"). */
const MAX_SOURCE = 6;
/** How many words may follow the cue before the comma: a hearer, a time, a medium ("told reporters on Monday"). */
const MAX_TAIL = 8;
/** Linking words that may open the sentence before "as": "But as the report stated, …". */
const LINKS = new Set(['but', 'and', 'yet', 'so', 'just']);

/** How many words a short opening adverbial before ", as" may have ("Of course, as …"). */
const MAX_OPENING = 3;

/**
 * Whether "as" at token `as` opens a clause inside the sentence that starts at `a`: after ", and" or ", but"
 * ("Prices fell, and as the bank noted, wages could follow.") or after a short opening adverbial and its comma
 * ("Of course, as the mayor noted, the road stays shut."). Not after a comma alone: "Prices rose, as the bank
 * predicted, in every region" credits the clause before it.
 */
function linkedAfterComma(doc: Doc, as: number, a: number): boolean {
  const { lower, kind } = doc.tokens;
  if (LINKS.has(lower[as - 1]) && lower[as - 2] === ',' && as - 2 > a) return true;
  if (lower[as - 1] !== ',' || as - 1 - a < 1 || as - 1 - a > MAX_OPENING) return false;
  for (let k = a; k < as - 1; k++) if (kind[k] !== WORD || AUX.has(lower[k])) return false;
  return !isClause(doc, a, as - 2);
}

/**
 * The clause after "As SOURCE CUE [hearer, time …]," at the sentence's start; null for "As he told it," and
 * "As the ministry said it would," (the "as" clause has its own object or clause, and reports nothing);
 * undefined when the cue opens no such "as" clause.
 */
export function asCueContent(doc: Doc, cue: CueSpan, a: number, b: number, isCueAt: (t: number) => boolean): { first: number; last: number } | null | undefined {
  const { lower, kind } = doc.tokens;
  if (cue.kind !== 'verb' || cue.inflection === 'ing' || !(cue.frames.has('clause') || cue.frames.has('object'))) return undefined;
  let as = cue.firstTok - 1;
  while (as > a && as >= cue.firstTok - MAX_SOURCE && kind[as] === WORD && lower[as] !== 'as') as--;
  if (lower[as] !== 'as' || as === cue.firstTok - 1 || !(as === a || (as === a + 1 && LINKS.has(lower[a])) || linkedAfterComma(doc, as, a))) return undefined;
  // Not "As it was reported, …", "As officials have said, …" is fine: an auxiliary after a pronoun is no source.
  for (let k = as + 1; k < cue.firstTok; k++) if (isCueAt(k) || (AUX.has(lower[k]) && k === as + 2 && lower[as + 1] === 'it')) return undefined;
  // Not "As a teacher who has written about schools, I …": "as" of a role, the cue inside its relative clause.
  for (let k = as + 2; k < cue.firstTok; k++) if (lower[k] === 'who' || lower[k] === 'which') return undefined;
  // Not "As he told it", "As she said he would": no clause of its own may follow the cue before the comma.
  const t = cue.lastTok + 1;
  if ((lower[t] === 'it' && lower[t + 1] === ',') || (SUBJECT_PRONOUNS.has(lower[t]) && AUX.has(lower[t + 1]) && lower[t + 2] === ',')) return null;
  let comma = t;
  while (comma <= b && comma <= cue.lastTok + MAX_TAIL && kind[comma] === WORD) {
    // "As he said that the plan had failed, the crowd jeered": a content of its own, read the usual way.
    if (SUBJECT_PRONOUNS.has(lower[comma]) || AUX.has(lower[comma]) || lower[comma] === 'that' || isCueAt(comma)) return undefined;
    comma++;
  }
  if (lower[comma] !== ',' || comma + 1 > b || !isClause(doc, comma + 1, b)) return undefined;
  const last = clauseEnd(doc, comma + 1, isCueAt);
  return last > comma + 1 ? { first: comma + 1, last } : undefined;
}
