/**
 * "appeal to" is a request only with what is asked: "appealed to residents to stay indoors", "appealed to
 * donors for help". Without a "to"-infinitive or a "for" after its object, it means to attract: "the movement
 * appeals to the "worst instincts" of voters" reports nothing (and its words are the outer report's).
 */
import type { Doc } from '../doc';
import { QUOTE, WORD } from '../text/tokenTable';
import { VERB_FORMS } from './lexicon';

const REACH = 14;
const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'this', 'that', 'these', 'those']);

/** Whether the form of "appeal" at token `i` before "to" asks nothing. */
export function appealWithoutRequest(doc: Doc, i: number): boolean {
  const { lower, kind, sent } = doc.tokens;
  if (VERB_FORMS.get(lower[i])?.lemma !== 'appeal' || lower[i + 1] !== 'to') return false;
  for (let k = i + 2; k < i + REACH && k < doc.tokens.length && sent[k] === sent[i]; k++) {
    if (kind[k] === QUOTE) continue;
    if (kind[k] !== WORD) return true;
    if (lower[k] === 'for') return false;
    if (lower[k] === 'to' && kind[k + 1] === WORD && !DETERMINERS.has(lower[k + 1])) return false;
  }
  return true;
}
