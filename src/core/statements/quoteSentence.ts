/**
 * The sentence a quotation's attribution is looked for in, when the sentence splitter cut inside an earlier
 * quotation: `… saying: "These people are occupied. It's not Germany," and that Israelis should "get out" …`
 * splits at "occupied." inside the marks, so the fragment "get out" seems to open a sentence with no cue; its
 * cue "saying" stands in the sentence where that quotation opened. Sentences that start inside a quotation
 * (their first double mark closes one) are joined to the sentence before, three at most, in the paragraph.
 */
import type { Doc } from '../doc';
import { classifyMark, familyOf } from '../quotes/marks';
import { QUOTE } from '../text/tokenTable';

const MAX_JOINED = 3;
/** Tokens read for a sentence's first mark (attributeBefore looks no further than 80 tokens back anyway). */
const MAX_SCAN = 120;

/** Whether the sentence starting at `first` starts inside a quotation: its first double mark before `limit` closes one. */
function startsInsideQuote(doc: Doc, first: number, limit: number): boolean {
  const { kind, lower, start } = doc.tokens;
  for (let k = first; k < limit && k < first + MAX_SCAN; k++) {
    if (kind[k] !== QUOTE || familyOf(lower[k]) !== 'double') continue;
    return classifyMark(doc.text, start[k], 'double') === 'close';
  }
  return false;
}

/** The first token of the sentence holding `tok`, joined back over sentences that start inside a quotation. */
export function quoteSentenceStart(doc: Doc, tok: number): number {
  let first = doc.sentStart[tok];
  const para = doc.tokens.para;
  for (let n = 0; n < MAX_JOINED && first > 0 && para[first - 1] === para[tok] && startsInsideQuote(doc, first, tok); n++) first = doc.sentStart[first - 1];
  return first;
}
