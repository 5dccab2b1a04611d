/**
 * "As of June last year, according to Billboard, she was working on an album": the words before
 * "according to" are a fronted time or place adverbial, not the content; the content follows the source.
 * "The toll rose to 45, according to officials" has a clause there and keeps it.
 */
import type { Doc } from '../doc';
import { isClause } from './clause';

const ADVERBIAL_OPENERS = new Set(['as', 'in', 'on', 'at', 'by', 'since', 'until', 'during', 'after', 'before', 'last', 'earlier', 'later', 'this', 'from', 'for', 'within', 'over']);

/** Whether tokens [a, last] are only a fronted adverbial (an opener and no clause). */
export function isFrontedAdverbial(doc: Doc, a: number, last: number): boolean {
  return ADVERBIAL_OPENERS.has(doc.tokens.lower[a]) && !isClause(doc, a, last);
}
