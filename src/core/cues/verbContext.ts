/**
 * Small readers of the words around a verb form that isVerbCue (verbCue.ts) consults: a locative adverb after
 * a plural subject, what follows "by" before a gerund, manner adverbs before a participle, and a past spelled
 * like the base closing a sentence after a quotation.
 */
import type { Doc } from '../doc';
import { PARTICLES, particleReach } from './lexicon';
import { WORD, QUOTE } from '../text/tokenTable';
import { hasPluralEnding } from '../text/pluralSpelling';
import { clauseOpensAt } from './omittedThat';

/** "officials here say", "residents there claim": a locative adverb after a plural subject. */
export function afterPluralHere(doc: Doc, k: number): boolean {
  const { lower, sent, kind } = doc.tokens;
  return (lower[k] === 'here' || lower[k] === 'there') && k > 0 && sent[k - 1] === sent[k] && kind[k - 1] === WORD && hasPluralEnding(lower[k - 1]);
}

/** After "by": "saying …", a cue with "that" ("pointing out that …") or a description ("describing X as Y"). */
export function reportsAfterBy(doc: Doc, i: number, lemma: string, describes: boolean, clauseVerb = false): boolean {
  const { lower } = doc.tokens;
  // "responded by stating its members do not know him": a clause verb before a clause without "that" (omittedThat.ts).
  return lemma === 'say' || describes || lower[i + 1] === 'that' || (PARTICLES.has(lemma) && lower[i + 1 + particleReach(lower, i, lemma)] === 'that') || (clauseVerb && clauseOpensAt(doc, i + 1));
}

/** Words in -ly that are nouns or names, not manner adverbs. */
const LY_NOUNS = new Set(['family', 'assembly', 'supply', 'rally', 'italy', 'july', 'daily', 'weekly', 'monthly', 'anomaly', 'monopoly']);

/** "the dam had been poorly maintained": the token before lowercase manner adverbs in -ly ending at `k`. */
export function afterMannerAdverbs(doc: Doc, k: number): number {
  const { lower, cap, sent } = doc.tokens;
  while (k > 0 && cap[k] !== 1 && sent[k - 1] === sent[k] && lower[k].length > 4 && /^[a-z]+ly$/.test(lower[k]) && !LY_NOUNS.has(lower[k])) k--;
  return k;
}

/** `"…," the statement read.`: a past spelled like the base, ending the sentence a few words after a quotation. */
export function pastAfterQuote(doc: Doc, i: number): boolean {
  const { lower, kind, sent } = doc.tokens;
  if (lower[i + 1] !== '.' || sent[i + 1] !== sent[i]) return false;
  for (let k = i - 2; k >= i - 6 && k >= 0 && sent[k] === sent[i]; k--) if (kind[k] === QUOTE && lower[k - 1] === ',') return true;
  return false;
}
