/**
 * "endorsed Sen. Ted Cruz for president", "formally endorsed Smith here on Sunday": the object of a verb of
 * backing (data/cues.json "candidateObject") that names a person is whom the source supports, an act of
 * support with no words of it reported; "endorsed the plan to cut taxes", "endorsed boycotting the contest"
 * say what was endorsed and stay contents.
 */
import type { Doc } from '../doc';
import { PUNCT, WORD } from '../text/tokenTable';
import { isStopWord, POSSESSIVE_MARK } from '../mentions/lexicon';
import data from '../data/cues.json';

export const CANDIDATE_OBJECT_VERBS: ReadonlySet<string> = new Set(data.candidateObject);
/** Lowercase words a person's name may follow inside the object ("former Gov. Jeb Bush"). */
const BEFORE_NAME = new Set(['former', 'then', 'fellow', 'rival']);

/** Whether the object [first, last] opens with a person's name that heads it (not "Smith's plan", "Smith campaign"). */
export function namesCandidate(doc: Doc, first: number, last: number): boolean {
  const { lower, kind, cap } = doc.tokens;
  let k = first;
  while (k <= last && BEFORE_NAME.has(lower[k])) k++;
  const start = k;
  while (k <= last && ((kind[k] === WORD && cap[k] === 1) || (kind[k] === PUNCT && lower[k] === '.' && k > start))) k++;
  if (k === start) return false;
  if (k > last) return true;
  if (POSSESSIVE_MARK.test(lower[k])) return false;
  return !(kind[k] === WORD && !isStopWord(lower[k]) && !/^(?:in|for|on|at|as|over|here|there|during|after|before|from|with|last|this|earlier)$/.test(lower[k]));
}
