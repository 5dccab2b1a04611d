/**
 * A quotation right after its cue verb that is a noun phrase, not a clause, is a fragment of the
 * reporter's sentence: "He promised "no new taxes"", "She demanded "a fair deal for every nurse"" are
 * mixed. A lowercase clause in the same place ("promised "other litigation is pending"") stays direct,
 * as does a capitalised quotation ("He said "We will win"") and one whose first letter the reporter
 * bracketed to fit the sentence ("said "[w]e neither engage in … torture"": a sentence of the source).
 * What "asked" quotes is a question the source put, a whole utterance ("he asked "why now?"").
 */
import type { Doc } from '../doc';
import type { QuoteSpan } from '../quotes/span';
import { isClause } from './clause';

const MAX_FRAGMENT_WORDS = 12;

export function isFragmentObject(doc: Doc, q: QuoteSpan, cueLemma: string): boolean {
  if (cueLemma === 'ask') return false;
  if (/^(?:\p{Lu}|\[)/u.test(q.text) || q.words > MAX_FRAGMENT_WORDS || q.words === 0) return false;
  return !isClause(doc, q.openTok + 1, q.lastInside);
}
