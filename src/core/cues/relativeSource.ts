/**
 * "Recent reports have revealed …": an "-s" form before a finite verb is usually a plural noun, the verb its
 * clause's. Inside a relative clause whose gap is the content's subject it is the cue: "…, which he says would
 * lead to less violence", "the rules, which Reed says are unfair". A singular source (a pronoun or a name)
 * right before it, and a relative pronoun just before that source, make it a verb.
 */
import type { Doc } from '../doc';
import { WORD } from '../text/tokenTable';
import { hasPluralEnding } from '../text/pluralSpelling';
import { isStopWord } from '../mentions/lexicon';

const RELATIVES = new Set(['which', 'that', 'what', 'who']);
const SINGULAR_PRONOUNS = new Set(['he', 'she', 'it']);
/** Words of a named source between the relative and the cue ("which Prime Minister Ann Lowe says"). */
const MAX_SOURCE = 5;

/** Whether the "-s" form at token `i` has a singular source after a relative pronoun before it. */
export function sourceInRelative(doc: Doc, i: number): boolean {
  const { lower, kind, cap, sent } = doc.tokens;
  const prev = i - 1;
  if (prev < 0 || sent[prev] !== sent[i] || kind[prev] !== WORD) return false;
  if (SINGULAR_PRONOUNS.has(lower[prev])) return RELATIVES.has(lower[prev - 1] ?? '');
  if (cap[prev] !== 1) return determinedSourceInRelative(doc, prev);
  for (let k = prev - 1; k >= prev - MAX_SOURCE && k >= 0 && sent[k] === sent[i] && kind[k] === WORD; k--) {
    if (RELATIVES.has(lower[k])) return true;
    if (cap[k] !== 1) return false;
  }
  return false;
}

const DETERMINERS = new Set(['the', 'its', 'their', 'his', 'her']);
/** Lowercase words between the determiner and the source's noun ("which the main opposition party says"). */
const MAX_MODIFIERS = 3;

/**
 * "an election that the opposition says was rigged", "the plant, which the company says is safe": a determined
 * singular noun as the source, right after the relative pronoun and its determiner.
 */
function determinedSourceInRelative(doc: Doc, prev: number): boolean {
  const { lower, kind, cap, sent } = doc.tokens;
  if (hasPluralEnding(lower[prev]) || isStopWord(lower[prev])) return false;
  let k = prev - 1;
  while (k > prev - 1 - MAX_MODIFIERS && k >= 0 && kind[k] === WORD && cap[k] !== 1 && !DETERMINERS.has(lower[k]) && !isStopWord(lower[k])) k--;
  return k >= 1 && DETERMINERS.has(lower[k]) && RELATIVES.has(lower[k - 1]) && sent[k - 1] === sent[prev];
}
