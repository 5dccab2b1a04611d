/**
 * A warning against something: "have warned Turkey against such an incursion", "warned against cuts to the
 * budget". The content is the "against" phrase (after the hearer, if any): what the source warned of.
 */
import type { Doc } from '../doc';
import { phraseStartingAt } from '../mentions/np';

/** The token of "against" after the cue's hearer (or right after the cue at `i`), or -1. */
export function warnedAgainst(doc: Doc, i: number): number {
  const lower = doc.tokens.lower;
  if (lower[i] === 'against') return i;
  const hearer = phraseStartingAt(doc, i);
  return hearer && lower[hearer.last + 1] === 'against' ? hearer.last + 1 : -1;
}
