/**
 * A programme's name in quotation marks as the hearer of a cue: `told "Fox News Sunday" that the plan was
 * dead`, `told "Good Morning America" on Monday that …`. A short quotation in Title Case right after the cue
 * names whom the words were told to (quotes/embedded.ts leaves it a title); the content comes after it.
 */
import type { Doc } from '../doc';
import { QUOTE, WORD } from '../text/tokenTable';

/** At most this many tokens inside the marks ("This Week with George Stephanopoulos"). */
const MAX_TOKENS = 8;

/**
 * When token `i` opens a quotation of at most MAX_TOKENS tokens in Title Case (within sentence end `b`): the
 * token of its closing mark; else -1. A name's stop may stand inside the marks ("told "Meet the Press."").
 */
export function quotedNameEnd(doc: Doc, i: number, b: number): number {
  const { kind, cap, lower } = doc.tokens;
  if (kind[i] !== QUOTE || kind[i + 1] !== WORD || cap[i + 1] !== 1) return -1;
  let long = 0;
  let capital = 0;
  for (let k = i + 1; k <= i + MAX_TOKENS + 1 && k <= b; k++) {
    if (kind[k] === QUOTE) return k > i + 1 && capital * 4 >= long * 3 ? k : -1;
    if (kind[k] !== WORD && !(/^[.,]$/.test(lower[k]) && kind[k + 1] === QUOTE) && lower[k] !== '&') return -1;
    // Words of four letters or more carry the case: "Face the Nation", "Meet the Press".
    if (kind[k] === WORD && lower[k].length > 3) { long++; if (cap[k] === 1) capital++; }
  }
  return -1;
}
