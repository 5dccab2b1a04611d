/**
 * A quotation that makes up a whole paragraph, right after a paragraph whose last statement is reported
 * speech, continues that source: news writing introduces a speaker, then lets the quotation stand alone.
 *   Mayor Jane Holt said the plan would hurt the town.
 *   "We will fight it all the way to the highest court in the land."
 */
import type { Doc } from '../doc';
import type { QuoteSpan } from '../quotes/span';
import { readsAsSpeech } from '../quotes/roles';

const SENTENCE_END = /^[.!?]$/;

/** `"Everyone heard them."`: a short quotation that is a full sentence (capital, closing stop) still reads as speech. */
function fullSentence(q: QuoteSpan): boolean {
  return q.words >= 2 && /[.!?]$/.test(q.text) && /^\P{L}{0,3}\p{Lu}/u.test(q.text);
}

export function isParagraphQuote(doc: Doc, q: QuoteSpan): boolean {
  // A quotation left open for the next paragraph (`"First we need the money.¶"Then …"`) fills its paragraph too.
  const open = q.closeTok === null && q.continuedNext && !q.continuesPrev;
  if ((q.closeTok === null && !open) || !(readsAsSpeech(q) || fullSentence(q))) return false;
  const { para, lower } = doc.tokens;
  const before = q.openTok - 1;
  let after = (q.closeTok ?? q.lastInside) + 1;
  if (SENTENCE_END.test(lower[after] ?? '') && para[after] === q.para) after++;
  return (before < 0 || para[before] !== q.para) && (after >= doc.tokens.length || para[after] !== q.para);
}
