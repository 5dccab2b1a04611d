/**
 * "demanded to know whether …": a request verb followed by "to know" and a reported question puts that question
 * (the request is to be told), so the cue takes in "to know" and the question is its content.
 *   "Council members demanded to know [whether the contract had been signed]." — cue "demanded to know".
 *   Not "demanded to see the contract" (a request with no question: request.ts reads it).
 */
import type { Doc } from '../doc';
import type { Frame } from './lexicon';
import { QUESTION_OPENERS } from './questionOnly';

/** Tokens "to know" adds to the cue whose verb is at `verb` (2), or 0. */
export function toKnowReach(doc: Doc, verb: number, frames: ReadonlySet<Frame>): number {
  const { lower, sent } = doc.tokens;
  if (!frames.has('request') || lower[verb + 1] !== 'to' || lower[verb + 2] !== 'know') return 0;
  return sent[verb + 3] === sent[verb] && QUESTION_OPENERS.has(lower[verb + 3] ?? '') ? 2 : 0;
}

/** Whether a cue's extent ends on "to know" (its content is then the question: statements/contentShape.ts). */
export function endsOnToKnow(doc: Doc, cue: { readonly verbTok: number; readonly lastTok: number }): boolean {
  return cue.lastTok === cue.verbTok + 2 && doc.tokens.lower[cue.lastTok] === 'know' && doc.tokens.lower[cue.lastTok - 1] === 'to';
}
