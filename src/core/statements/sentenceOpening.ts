/**
 * Where the sentence holding a cue really opens when a quotation with sentences of its own comes first:
 * in `Ahmadinejad said "We love all nations. There are many Jews in Iran.", and concluded that …` the
 * sentence splitter starts a sentence at "There", inside the quotation; the clause of "concluded" opens
 * before the quotation, at "Ahmadinejad".
 */
import type { Doc } from '../doc';
import { QUOTE, WORD } from '../text/tokenTable';

/** A quotation mark written against the word before it (a closing mark), not against the word after it. */
function isClosingMark(doc: Doc, k: number): boolean {
  const { kind, start, end } = doc.tokens;
  const attachedBefore = k > 0 && end[k - 1] === start[k];
  const attachedAfter = k + 1 < doc.tokens.length && start[k + 1] === end[k] && kind[k + 1] === WORD;
  return attachedBefore && !attachedAfter;
}

/** The first token of the sentence holding `before`, moved back to the opening of a quotation it starts inside. */
export function openingOutsideQuote(doc: Doc, from: number, before: number): number {
  const { kind, para } = doc.tokens;
  let closes = -1;
  for (let k = from; k < before && k < from + 80; k++) {
    if (kind[k] !== QUOTE) continue;
    if (isClosingMark(doc, k)) closes = k;
    break;
  }
  if (closes < 0) return from;
  for (let k = from - 1; k >= 0 && k >= from - 200 && para[k] === para[from]; k--) {
    if (kind[k] === QUOTE && !isClosingMark(doc, k)) return Math.max(doc.sentStart[k], k - 60);
    if (kind[k] === QUOTE) return from;
  }
  return from;
}
