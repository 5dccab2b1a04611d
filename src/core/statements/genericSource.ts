/**
 * A cue in a relative clause of an indefinite pronoun reports no one's statement: "Someone who has admitted to
 * hating the defendant could be struck", "Anyone who claims the vote was rigged is lying". The source is a
 * hypothetical person, and the words after the relative clause are the main clause's predicate.
 */
import type { CueSpan } from '../cues';
import type { Doc } from '../doc';

const INDEFINITES = new Set(['someone', 'somebody', 'anyone', 'anybody', 'everyone', 'everybody', 'whoever', 'nobody']);
/** Words between "who" and the cue: auxiliaries and adverbs ("who has ever claimed"). */
const MAX_BETWEEN = 3;

export function hasGenericSource(doc: Doc, cue: CueSpan): boolean {
  const { lower, sent } = doc.tokens;
  for (let k = cue.firstTok - 1; k >= 1 && k >= cue.firstTok - 1 - MAX_BETWEEN && sent[k] === sent[cue.firstTok]; k--) {
    if (lower[k] === 'who' || lower[k] === 'that') return INDEFINITES.has(lower[k - 1]);
    if (lower[k] === ',') return false;
  }
  return false;
}
