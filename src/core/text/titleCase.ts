/**
 * Title Case, as headlines and live-blog post titles write it: nearly every word of four letters or more
 * capitalised ("Mayor Says The Bridge Will Open In May"). Shared by the headline (cues/titleCaseHeadline.ts)
 * and subhead (subheads.ts) readings, so both count the same way.
 */
import type { Doc } from '../doc';
import { WORD } from './tokenTable';

/** At least this many words of four letters or more make a Title Case line. */
const MIN_LONG_WORDS = 4;

/**
 * Whether tokens [from, to) write nearly every word of four letters or more with a capital: at most one of them
 * lowercase, and at least nine in ten capitalised ("Trump Says He Would Win", not "Trump says he would win").
 */
export function isTitleCased(doc: Doc, from: number, to: number): boolean {
  const { kind, cap, lower } = doc.tokens;
  let long = 0;
  let capital = 0;
  for (let k = from; k < to; k++) {
    if (kind[k] !== WORD || lower[k].length < 4) continue;
    long++;
    if (cap[k] === 1) capital++;
  }
  return long >= MIN_LONG_WORDS && capital >= long - 1 && capital * 10 >= long * 9;
}
