/**
 * A quotation told to the subject of a passive, its speaker the agent after "by":
 *   before it — "Jurors were told by the judge, Helen Marsh: "…"" · "Staff were told by the owner in an email: "…""
 *               · "The head teacher was asked by parents: "…?""
 *   after it  — ""…," the inquiry was told by resident Mary Lowe."
 * The participle of a verb whose object is the hearer is no cue in the passive (cues.ts), so the subject, the one
 * who heard, was taken for the speaker. The clause after "that" is passiveReport.ts's.
 */
import type { Doc } from '../doc';
import type { QuoteSpan } from '../quotes/span';
import { phraseStartingAt, type Phrase } from '../mentions/np';
import { PASSIVE_AUXILIARIES } from '../cues/passive';
import { QUOTE, WORD } from '../text/tokenTable';
import type { QuoteAttribution } from './attribution';
import data from '../data/quoteCues.json';

/** Participles whose passive subject hears what the agent says ("were told by", "was asked by"). */
const HEARER_PARTICIPLES: ReadonlySet<string> = new Set(data.hearerParticiples);
/**
 * Words between the colon and "by" at most: the agent, an apposition, an adjunct ("in an email"), or a relative
 * clause on the agent (`was asked by the host, who backs her but has dismissed the story about the emails, "…"`).
 */
const MAX_BEFORE = 32;
const ADVERB = /^[a-z]{3,}ly$/;

/** "<be> (adverb) <participle> by" with "by" at `by`. */
function passiveHearerBy(doc: Doc, by: number): boolean {
  const lower = doc.tokens.lower;
  if (lower[by] !== 'by' || !HEARER_PARTICIPLES.has(lower[by - 1])) return false;
  const be = ADVERB.test(lower[by - 2] ?? '') ? by - 3 : by - 2;
  return PASSIVE_AUXILIARIES.has(lower[be]);
}

/** The agent after "by", with a name after a comma as its apposition ("the judge, Helen Marsh"). */
function agentAt(doc: Doc, first: number, end: number): { phrase: Phrase; apposition: string | null } | null {
  const phrase = phraseStartingAt(doc, first);
  if (!phrase || phrase.last >= end) return null;
  const { lower, cap } = doc.tokens;
  if (lower[phrase.last + 1] === ',' && cap[phrase.last + 2] === 1) {
    const name = phraseStartingAt(doc, phrase.last + 2);
    if (name && name.last < end) return { phrase, apposition: doc.text.slice(doc.tokens.start[name.first], doc.tokens.end[name.last]) };
  }
  return { phrase, apposition: null };
}

export function hearerAgentOfQuote(doc: Doc, q: QuoteSpan): QuoteAttribution | null {
  return agentBefore(doc, q) ?? agentAfter(doc, q);
}

/** "… were told by X[, Y][ adjunct]: "…"": a colon or comma right before the mark. */
function agentBefore(doc: Doc, q: QuoteSpan): QuoteAttribution | null {
  const { lower, sent, kind } = doc.tokens;
  const colon = q.openTok - 1;
  if (colon < 1 || (lower[colon] !== ':' && lower[colon] !== ',') || sent[colon] !== sent[q.openTok]) return null;
  for (let k = colon - 1; k > 1 && k >= colon - MAX_BEFORE && sent[k] === sent[colon]; k--) {
    if (kind[k] === QUOTE) return null;
    if (lower[k] !== 'by') continue;
    if (!passiveHearerBy(doc, k)) return null;
    const agent = agentAt(doc, k + 1, colon);
    return agent ? { cue: null, phrase: agent.phrase, apposition: agent.apposition, cueBefore: true } : null;
  }
  return null;
}

/** ""…," the inquiry was told by X.": subject, passive, agent, and the sentence ends. */
function agentAfter(doc: Doc, q: QuoteSpan): QuoteAttribution | null {
  if (q.closeTok === null) return null;
  const { lower, sent, kind } = doc.tokens;
  let j = q.closeTok + 1;
  if (lower[j] === ',') j++;
  if (sent[j] !== sent[q.closeTok] || kind[j] !== WORD) return null;
  const subject = phraseStartingAt(doc, j);
  if (!subject) return null;
  for (let k = subject.last + 2; k <= subject.last + 4; k++) {
    if (!passiveHearerBy(doc, k)) continue;
    const agent = agentAt(doc, k + 1, doc.tokens.length);
    if (!agent || sent[agent.phrase.last] !== sent[q.closeTok]) return null;
    return { cue: null, phrase: agent.phrase, apposition: agent.apposition, cueBefore: false };
  }
  return null;
}
