/**
 * A quoted fragment inside the "that" clause of someone's claim is the claimant's words, not the words of the
 * one who answers the claim: "The court responded to the father's assertions that his son was "in hiding""
 * is the father's; "The minister dismissed the opposition's claims that the budget was "a fraud"" the
 * opposition's; "She rejected his suggestion that the vote was "rigged"" his.
 */
import type { Doc } from '../doc';
import { phraseEndingAt, type Phrase } from '../mentions/np';
import { EXPRESSION_NOUNS } from '../mentions/documentNouns';
import { WORD } from '../text/tokenTable';
import { isClaimNoun } from './claimNouns';
import type { Draft } from './drafts';

/** How far before the quotation the claim's "that" may stand (tokens). */
const REACH = 25;

const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'their']);

/** The claimant of the claim whose clause holds the mixed quotation of `d`, or null. */
export function possessedClaimSource(doc: Doc, d: Draft): Phrase | null {
  if (d.kind !== 'mixed' || !d.quote || !d.cue || d.cue.lastTok >= d.quote.openTok) return null;
  const { lower, kind, cap, sent } = doc.tokens;
  const open = d.quote.openTok;
  for (let k = open - 1; k > d.cue.lastTok && k >= open - REACH && sent[k] === sent[open]; k--) {
    if (lower[k] !== 'that') continue;
    let noun = k - 1;
    if (!isClaimNoun(lower[noun]) && !EXPRESSION_NOUNS.has(lower[noun])) return null;
    // "the father's repeated assertions": one lowercase modifier between the possessor and the noun.
    let mark = noun - 1;
    if (kind[mark] === WORD && cap[mark] !== 1 && !POSSESSIVE_PRONOUNS.has(lower[mark]) && lower[mark] !== "'s" && lower[mark] !== '’s') mark--;
    if (mark <= d.cue.lastTok) return null;
    if (POSSESSIVE_PRONOUNS.has(lower[mark])) return { first: mark, last: mark };
    if (lower[mark] !== "'s" && lower[mark] !== '’s') return null;
    return phraseEndingAt(doc, mark - 1, d.cue.lastTok + 1);
  }
  return null;
}
