/**
 * "Recent reports have revealed …": an "-s" form before a finite verb is usually a plural noun, the verb its
 * clause's. Inside a relative clause whose gap is the content's subject it is the cue: "…, which he says would
 * lead to less violence", "the rules, which Reed says are unfair". A singular source (a pronoun or a name)
 * right before it, and a relative pronoun just before that source, make it a verb; so does a source opened by a
 * determiner ("an election that the opposition says was rigged", "which the airline says is common").
 */
import type { Doc } from '../doc';
import { WORD } from '../text/tokenTable';

const RELATIVES = new Set(['which', 'that', 'what', 'who']);
const SINGULAR_PRONOUNS = new Set(['he', 'she', 'it']);
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'this']);
/** Words of a named source between the relative and the cue ("which Prime Minister Ann Lowe says"). */
const MAX_SOURCE = 5;

/** Whether the "-s" form at token `i` has a singular source after a relative pronoun before it. */
export function sourceInRelative(doc: Doc, i: number): boolean {
  const { lower, kind, cap, sent } = doc.tokens;
  const prev = i - 1;
  if (prev < 0 || sent[prev] !== sent[i] || kind[prev] !== WORD) return false;
  if (SINGULAR_PRONOUNS.has(lower[prev])) return RELATIVES.has(lower[prev - 1] ?? '');
  if (cap[prev] !== 1) return determinedSource(doc, prev, i);
  for (let k = prev - 1; k >= prev - MAX_SOURCE && k >= 0 && sent[k] === sent[i] && kind[k] === WORD; k--) {
    if (RELATIVES.has(lower[k])) return true;
    if (cap[k] !== 1) return false;
  }
  return false;
}

/** "that the opposition says", "which the state's airline says": relative, determiner, lowercase words, the cue. */
function determinedSource(doc: Doc, prev: number, i: number): boolean {
  const { lower, kind, sent } = doc.tokens;
  for (let k = prev - 1; k >= prev - MAX_SOURCE && k >= 1 && sent[k] === sent[i]; k--) {
    if (DETERMINERS.has(lower[k])) return RELATIVES.has(lower[k - 1]) && kind[k - 1] === WORD;
    if (kind[k] !== WORD && lower[k] !== "'s" && lower[k] !== '’s') return false;
    if (RELATIVES.has(lower[k])) return false;
  }
  return false;
}
