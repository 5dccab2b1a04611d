/**
 * "Workers' Union", "the farmers’ leader", "Jeff Weaver, Sanders’ campaign manager,": the apostrophe of a
 * plural (or s-final) possessive, a quotation-mark token attached to the word before it with a word after it.
 */
import { WORD, type TokenTable } from '../text/tokenTable';

export function isPluralApostrophe(tokens: TokenTable, i: number): boolean {
  const { lower, start, end, kind } = tokens;
  const mark = lower[i];
  return (mark === "'" || mark === '’') && i > 0 && end[i - 1] === start[i] && kind[i - 1] === WORD && lower[i - 1].endsWith('s') && kind[i + 1] === WORD && start[i + 1] > end[i];
}
