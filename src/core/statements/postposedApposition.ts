/**
 * "X has resigned, the council, now in control of the country, announced yesterday.": a postposed source set
 * off with a parenthetical between it and its cue. The comma right before the cue closes the parenthetical;
 * the content ends before the comma that opens the source.
 */
import type { Doc } from '../doc';
import { npToken } from '../mentions/np';
import { WORD } from '../text/tokenTable';

const MAX_PARENTHETICAL = 15;
const MAX_SOURCE = 8;

/** The last token of the content, or -1. `close` is the comma right before the cue; `a` the sentence start. */
export function contentBeforeParentheticalSource(doc: Doc, a: number, close: number, isClause: (first: number, last: number) => boolean): number {
  const { lower, kind } = doc.tokens;
  let open = close - 1;
  while (open > a && open > close - MAX_PARENTHETICAL && lower[open] !== ',') {
    if (kind[open] !== WORD) return -1;
    open--;
  }
  if (lower[open] !== ',' || open >= close - 1) return -1;
  let start = open - 1;
  while (start > a && start > open - MAX_SOURCE && lower[start] !== ',') {
    if (!npToken(doc, start)) return -1;
    start--;
  }
  if (lower[start] !== ',' || start >= open - 1 || start - a < 3) return -1;
  return isClause(a, start - 1) ? start - 1 : -1;
}
