/**
 * A cue inside a relative clause: the content ends with that clause, at its next comma, when what follows is
 * the main clause's predicate, in the reporter's voice:
 *   "The bridge, which engineers said [was unsafe], has been closed." (the relative pronoun is the subject)
 *   "The senator, who has said [she will retire], voted against the bill." (a clause of its own)
 */
import type { Doc } from '../doc';
import { FINITE_AUXILIARIES, IRREGULAR_PAST } from './verbWords';

const RELATIVES = new Set(['which', 'that', 'who', 'whom']);
const MAX_SOURCE = 5;

function relativeBefore(doc: Doc, cueFirst: number, sent: number): number {
  const { lower } = doc.tokens;
  for (let k = cueFirst - 1; k >= cueFirst - MAX_SOURCE && k >= 0 && doc.tokens.sent[k] === sent; k--) if (RELATIVES.has(lower[k])) return k;
  return -1;
}

function predicateAt(doc: Doc, k: number): boolean {
  const word = doc.tokens.lower[k] ?? '';
  return FINITE_AUXILIARIES.has(word) || IRREGULAR_PAST.has(word) || (word.endsWith('ed') && word.length > 4);
}

/** The last token of content [first, last] of a cue starting at `cueFirst`, cut at the end of a relative clause. */
export function endOfRelativeGap(doc: Doc, cueFirst: number, first: number, last: number): number {
  const { lower, sent } = doc.tokens;
  const relative = relativeBefore(doc, cueFirst, sent[first]);
  if (relative < 0) return last;
  const gap = FINITE_AUXILIARIES.has(lower[first]);
  // Without a gap, only a relative set off by commas ("X, who has said …, voted"): the comma closes it.
  if (!gap && lower[relative - 1] !== ',') return last;
  for (let k = first + 1; k <= last; k++) if (lower[k] === ',' && (gap || predicateAt(doc, k + 1))) return k - 1;
  return last;
}

/**
 * "The smaller budget that the governor proposed would include less funding": in a restrictive relative
 * clause, a verb that takes a noun object has its gap as that object, and the words after it are the main
 * clause's predicate, not content ("the bridge, which engineers said was unsafe" keeps its content).
 */
export function objectGap(doc: Doc, cueFirst: number, first: number, takesNounObject: boolean): boolean {
  const relative = relativeBefore(doc, cueFirst, doc.tokens.sent[first]);
  return takesNounObject && relative > 0 && doc.tokens.lower[relative - 1] !== ',' && FINITE_AUXILIARIES.has(doc.tokens.lower[first]);
}
