/**
 * Floating quotations that news writing attributes by position rather than by a cue:
 * - a quotation making up a whole paragraph, with one paragraph of narrative (no statement) between it and the
 *   last statement, continues that statement's source:
 *     Mayor Ivo Lind said the stadium would be finished by 2027. / The stadium will seat 40,000 people. /
 *     "It will pay for itself within a decade."
 * - a quotation opening a paragraph, when no earlier statement reaches it, takes the source of the statement that
 *   follows it in the same paragraph: "We did everything we could." The hospital's director, Ruth Amsel, said …
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

/** The index of the statement after floating draft `i` in its paragraph whose source it takes, or -1. */
export function sourceLaterInParagraph(doc: Doc, drafts: readonly Draft[], i: number): number {
  const d = drafts[i], next = drafts[i + 1];
  if (!d.quote || !next || next.para !== d.para || !next.phrase) return -1;
  const before = d.quote.openTok - 1;
  return before < 0 || doc.tokens.para[before] !== d.para ? i + 1 : -1;
}
