/**
 * A list of names set off by commas inside a fronted phrase: "Alleging Iran has set up cells in Kuwait,
 * Bahrain, and Yemen, the prince said …". The phrase closes at the comma after the list's last member, not
 * at its first comma. Only a complete list with "and"/"or" before its last member and a comma after it
 * counts: in "After meeting Ruiz, Grant and Baird said …" the first comma closes the phrase.
 */
import type { Doc } from '../doc';
import { WORD } from '../text/tokenTable';

/** How many members a list may have. */
const MAX_MEMBERS = 10;

/** The comma after the last member of a list whose first comma is token `comma`, or -1. */
export function listEnd(doc: Doc, comma: number, before: number): number {
  const { lower, cap, kind } = doc.tokens;
  let t = comma + 1;
  let joined = false;
  for (let members = 0; members < MAX_MEMBERS && t < before; members++) {
    if (lower[t] === 'and' || lower[t] === 'or') { joined = true; t++; }
    const start = t;
    while (t < before && kind[t] === WORD && cap[t] === 1) t++;
    if (t === start) return -1;
    if (lower[t] === ',') {
      if (joined) return t;
      t++;
    } else if (lower[t] !== 'and' && lower[t] !== 'or') return -1;
  }
  return -1;
}
