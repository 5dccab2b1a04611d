/**
 * A surname alone opening a sentence, met nowhere else in the article: "Kessler was delighted with the way his
 * side played. "…," he said." The word has no other evidence of being a name (initialCaps.ts), but the
 * clause it opens goes on about it as a person: a "his"/"her" follows in the same clause, before any other
 * possible owner. Not a common noun capitalised by position ("Flooding was worse than in his childhood",
 * "Inflation hit its highest level"): the word has no noun ending and is never written in lowercase.
 */
import type { Doc } from '../doc';
import { WORD } from '../text/tokenTable';
import { isWrittenLowercase } from './lowercaseEvidence';

/** Words after the subject that open its predicate: auxiliaries and copulas, then any lowercase verb. */
const NOT_PREDICATE = new Set(['of', 'and', 'or', 'in', 'on', 'at', 'for', 'to', 'with', 'from', 'by', 'the', 'a', 'an']);

/** Endings of common nouns (gerunds, abstract nouns) that open sentences capitalised by position. */
const NOUN_ENDING = /(?:ing|ion|ment|ness|ity|ism|ance|ence|ure|age|ship|hood|ics|ers|s)$/;

/** How many tokens after the word the "his"/"her" may stand: the clause's first few words. */
const REACH = 12;

export function personByPossessive(doc: Doc, k: number): boolean {
  const { lower, cap, kind, sent } = doc.tokens;
  const word = lower[k];
  if (word.length < 4 || NOUN_ENDING.test(word) || isWrittenLowercase(doc, k)) return false;
  const next = k + 1;
  if (kind[next] !== WORD || cap[next] === 1 || NOT_PREDICATE.has(lower[next])) return false;
  for (let j = k + 2; j < k + REACH && sent[j] === sent[k]; j++) {
    const w = lower[j];
    if (w === 'his' || w === 'her') return true;
    // Another possible owner, a clause boundary or a quotation ends the search.
    if (cap[j] === 1 || kind[j] !== WORD || w === 'who' || w === 'that' || w === 'which') return false;
  }
  return false;
}
