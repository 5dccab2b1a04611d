/**
 * `the group "City Friends" mentioned in the paper's article`: a past form right after a quoted name that
 * follows its noun ("the group "…"") and before a preposition modifies the name (a reduced relative), it is
 * no reporting verb with the quotation as its words. The quotation ends in a word, not in punctuation (a
 * name, not a sentence: `"We won," stated in …` keeps its verb), and the word before its opening mark is a
 * lowercase noun, not a verb or a function word.
 */
import type { Doc } from '../doc';
import { QUOTE, WORD } from '../text/tokenTable';
import { isStopWord } from '../mentions/lexicon';

/** Words a quoted name may run to, at most. */
const MAX_NAME = 8;
const PREPOSITIONS = new Set(['in', 'on', 'at', 'by', 'during']);

export function followsQuotedName(doc: Doc, i: number): boolean {
  const { lower, kind, cap, sent } = doc.tokens;
  const close = i - 1;
  if (kind[close] !== QUOTE || kind[close - 1] !== WORD || !PREPOSITIONS.has(lower[i + 1] ?? '')) return false;
  for (let k = close - 2; k >= 0 && k >= close - 1 - MAX_NAME && sent[k] === sent[i]; k--) {
    if (kind[k] === WORD) continue;
    if (kind[k] !== QUOTE) return false;
    const noun = k - 1;
    return noun >= 0 && kind[noun] === WORD && cap[noun] !== 1 && !isStopWord(lower[noun]) && sent[noun] === sent[i];
  }
  return false;
}
