/**
 * A quotation that is the "as" phrase of a passive judgement: "the mayor, described by The Guardian as "a
 * quiet radical", …" · "a plan dismissed by critics as "a fantasy"", or its predicate with the agent after it:
 * "the plan was described as "reckless" by the opposition leader" · "was hailed as a "hero" by residents" ·
 * "was called "a disgrace" by the union". The agent after "by" said those words, whatever cue governs the
 * sentence around them ("Holm says the mayor, described by … as "…", might …").
 */
import type { Doc } from '../doc';
import type { QuoteSpan } from '../quotes/span';
import { phraseEndingAt, phraseStartingAt } from '../mentions/np';
import type { QuoteAttribution } from './attribution';

const JUDGING_PARTICIPLES = new Set(['described', 'called', 'labelled', 'labeled', 'branded', 'dubbed', 'dismissed', 'criticised', 'criticized', 'condemned', 'denounced', 'hailed', 'characterized', 'characterised', 'praised']);

const ARTICLES = new Set(['a', 'an']);

/** A manner or degree adverb ("partly", "simply", "largely"). */
const ADVERB = /^[a-z]{3,}ly$/;

/** The agent of "<participle> by X as "…"" right before the quotation, or of "<participle> (as) "…" by X", or null. */
export function passiveAgentBeforeQuote(doc: Doc, q: QuoteSpan): QuoteAttribution | null {
  const lower = doc.tokens.lower;
  // "described by The Post as partly "a love story"": an adverb between "as" and the quotation.
  const as = ADVERB.test(lower[q.openTok - 1] ?? '') && lower[q.openTok - 2] === 'as' ? q.openTok - 2 : q.openTok - 1;
  if (doc.tokens.sent[as] !== doc.tokens.sent[q.openTok]) return null;
  if (lower[as] !== 'as') return agentAfterQuote(doc, q);
  return agentBeforeAs(doc, q, as) ?? agentAfterQuote(doc, q);
}

function agentBeforeAs(doc: Doc, q: QuoteSpan, as: number): QuoteAttribution | null {
  const lower = doc.tokens.lower;
  const agent = phraseEndingAt(doc, as - 1, Math.max(doc.sentStart[as], as - 12));
  if (!agent || lower[agent.first - 1] !== 'by' || !JUDGING_PARTICIPLES.has(lower[agent.first - 2])) return null;
  return { cue: null, phrase: agent, apposition: null, cueBefore: true };
}

/** "was hailed as a "hero" by residents": the participle (and "as", an article) before the quotation, "by" after it. */
function agentAfterQuote(doc: Doc, q: QuoteSpan): QuoteAttribution | null {
  const { lower, sent } = doc.tokens;
  const by = q.closeTok === null ? -1 : q.closeTok + 1;
  if (by < 0 || lower[by] !== 'by' || sent[by] !== sent[q.openTok]) return null;
  let k = q.openTok - 1;
  if (ARTICLES.has(lower[k])) k--;
  if (lower[k] === 'as') k--;
  if (!JUDGING_PARTICIPLES.has(lower[k]) || sent[k] !== sent[q.openTok]) return null;
  const agent = phraseStartingAt(doc, by + 1);
  return agent ? { cue: null, phrase: agent, apposition: null, cueBefore: true } : null;
}
