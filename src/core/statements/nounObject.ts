/**
 * A noun phrase as the content of a few communication verbs, where the noun phrase is what is said:
 *   called for [remembrance of the victims] · calls for [an inquiry into the crash] (a demand);
 *   has denied [responsibility for the attack] · denied [any wrongdoing] (a denial) · admitted [the charges];
 *   reported [widespread power outages] (a report of a fact).
 * Other verbs with a noun object report nothing said ("announced the locations", "confirmed the meeting").
 */
import type { CueSpan } from '../cues';
import type { Doc } from '../doc';
import { WORD } from '../text/tokenTable';
import { clauseEnd } from './clause';
import { endBeforeSecondPredicate } from './secondPredicate';
import { warnedAgainst } from './warnAgainst';

const OBJECT_VERBS = new Set(['deny', 'admit', 'report']);
/** Object words that are no content: pronouns and bare quantifiers ("denied it", "reported nothing"). */
const EMPTY = new Set(['it', 'this', 'that', 'them', 'him', 'her', 'nothing', 'anything', 'something', 'everything', 'so', 'as', 'on', 'in', 'to', 'at', 'from', 'by', 'with']);

/** The noun-phrase content from token `i` (the first token after the cue), or null. */
export function nounObjectContent(doc: Doc, cue: CueSpan, i: number, isCueAt: (t: number) => boolean): { first: number; last: number } | null {
  if (cue.kind !== 'verb' || cue.inflection === 'ing') return null;
  const { lower, kind } = doc.tokens;
  let first = -1;
  if (cue.lemma === 'call' && lower[i] === 'for') first = i + 1;
  else if (cue.lemma === 'warn') first = warnedAgainst(doc, i);
  else if (OBJECT_VERBS.has(cue.lemma) && kind[i] === WORD && !EMPTY.has(lower[i])) first = i;
  if (first < 0) return null;
  const last = endBeforeSecondPredicate(doc, first, clauseEnd(doc, first, isCueAt));
  // At least two words: "denied responsibility" alone says too little to stand as a statement.
  return last > first ? { first, last } : null;
}
