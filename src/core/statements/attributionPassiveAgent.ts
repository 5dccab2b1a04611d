/**
 * A quotation that is the "as" phrase of a passive judgement: "the mayor, described by The Guardian as "a
 * quiet radical", …" · "a plan dismissed by critics as "a fantasy"". The agent after "by" said those words,
 * whatever cue governs the sentence around them ("Holm says the mayor, described by … as "…", might …").
 */
import type { Doc } from '../doc';
import type { QuoteSpan } from '../quotes/span';
import { phraseEndingAt } from '../mentions/np';
import type { QuoteAttribution } from './attribution';

const JUDGING_PARTICIPLES = new Set(['described', 'called', 'labelled', 'labeled', 'branded', 'dubbed', 'dismissed', 'criticised', 'criticized', 'condemned', 'denounced', 'hailed', 'characterized', 'characterised', 'praised']);

/** The agent of "<participle> by X as "…"" right before the quotation, or null. */
export function passiveAgentBeforeQuote(doc: Doc, q: QuoteSpan): QuoteAttribution | null {
  const lower = doc.tokens.lower;
  const as = q.openTok - 1;
  if (lower[as] !== 'as' || doc.tokens.sent[as] !== doc.tokens.sent[q.openTok]) return null;
  const agent = phraseEndingAt(doc, as - 1, Math.max(doc.sentStart[as], as - 12));
  if (!agent || lower[agent.first - 1] !== 'by' || !JUDGING_PARTICIPLES.has(lower[agent.first - 2])) return null;
  return { cue: null, phrase: agent, apposition: null, cueBefore: true };
}
