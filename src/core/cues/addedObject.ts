/**
 * "add" with an object and a place: "The airline has added two newspapers to its legal targets", "The league
 * added three matches to the schedule in a deal signed on Monday": putting a thing into something, not words.
 * The object is a short run of words with no verb, "that", comma or quotation in it, and the "to" after it
 * opens a noun phrase (a determiner, a possessive, a name or a numeral), not an infinitive ("He added the team
 * needs time to recover" keeps its content: a verb comes first) nor a hearer ("added to reporters that …" is
 * read before this: nonSpeech.ts).
 */
import type { Doc } from '../doc';
import { WORD } from '../text/tokenTable';
import { DETERMINERS } from '../mentions/lexicon';
import { VERB_FORMS } from './lexicon';
import { COMMON_VERBS, FINITE_AUXILIARIES, IRREGULAR_PAST } from '../statements/verbWords';

const MAX_OBJECT = 10;
const POSSESSIVES = new Set(['its', 'their', 'his', 'her', 'our', 'my', 'your', 'the', 'a', 'an', 'this', 'that']);

function verbLike(word: string): boolean {
  return word === 'that' || VERB_FORMS.has(word) || FINITE_AUXILIARIES.has(word) || COMMON_VERBS.has(word) || IRREGULAR_PAST.has(word) || /^[a-z]{2,}ed$/.test(word);
}

/** Whether "add" at token `i` has an object, then "to" and a noun phrase (a placement). */
export function addsObjectToPlace(doc: Doc, i: number): boolean {
  const { lower, kind, cap, sent } = doc.tokens;
  for (let k = i + 2; k < doc.tokens.length && k <= i + 1 + MAX_OBJECT && sent[k] === sent[i]; k++) {
    if (kind[k] !== WORD) return false;
    if (lower[k] === 'to') {
      const n = k + 1;
      return sent[n] === sent[i] && kind[n] === WORD && (POSSESSIVES.has(lower[n]) || DETERMINERS.has(lower[n]) || cap[n] === 1 || /^\d/.test(lower[n]));
    }
    if (cap[k] !== 1 && verbLike(lower[k])) return false;
  }
  return false;
}
