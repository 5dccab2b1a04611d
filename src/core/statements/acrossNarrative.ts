/**
 * A quotation making up a whole paragraph, with one paragraph of narrative (no statement) between it and the
 * last statement, continues that statement's source: news writing lets a speaker's quotation stand alone after
 * a sentence of background.
 *   Mayor Ivo Lind said the stadium would be finished by 2027. / The stadium will seat 40,000 people. /
 *   "It will pay for itself within a decade."
 * Not a quotation opening a paragraph before another statement ("\"We will not give up.\" Ana Ruiz said that …"
 * stays unattributed unless Ruiz "also" said it: alsoAfterQuote.ts).
 */
import type { Doc } from '../doc';
import type { Draft } from './drafts';
import { isParagraphQuote } from './paragraphQuote';

/** Whether floating draft `i` continues draft `i - 1` across one paragraph of narrative (not a caption). */
export function continuesAcrossNarrative(doc: Doc, drafts: readonly Draft[], i: number): boolean {
  const d = drafts[i], prev = drafts[i - 1];
  if (!d.quote || d.para - prev.para !== 2 || doc.captions.has(d.para - 1)) return false;
  return isParagraphQuote(doc, d.quote);
}

