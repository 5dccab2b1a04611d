/**
 * A cue in a restrictive relative clause whose pronoun is the source: "The engineer who warned that the dam was
 * unsafe has resigned", "The man who said the vote was rigged is lying". The content clause has its own finite
 * verb; a second finite verb after it, with no conjunction or subordinator between, is the main clause's
 * predicate (whose subject is the noun before "who"), so the content ends before it.
 */
import type { CueSpan } from '../cues';
import type { Doc } from '../doc';
import { WORD } from '../text/tokenTable';
import { FINITE_AUXILIARIES, IRREGULAR_PAST } from './verbWords';
import type { Content } from './content';

/** Words that open a new clause or coordinate one, after which a finite verb is the content's own. */
const LINKS = new Set(['and', 'or', 'but', 'nor', 'that', 'which', 'who', 'whom', 'whose', 'when', 'while', 'if', 'because', 'as', 'after', 'before', 'since', 'until', 'unless', 'although', 'though', 'where', 'whether', 'what', 'how', 'why', 'than', 'so', 'to']);
/** Words of the predicate's phrase a finite verb stands after ("was unsafe", not "was built"). */
const VERB_LIKE = /^(?:is|are|was|were|be|been|being|has|have|had|will|would|can|could|may|might|must|should|do|does|did|not|never)$/;

/** A verb that opens a predicate: an auxiliary ("has resigned", "is lying"), or a past closing its sentence ("resigned."). */
function mainPredicate(doc: Doc, k: number): boolean {
  const { lower, kind } = doc.tokens;
  const w = lower[k];
  if (FINITE_AUXILIARIES.has(w)) return true;
  return (IRREGULAR_PAST.has(w) || (w.endsWith('ed') && w.length > 4)) && kind[k + 1] !== WORD && /^[.,;!?]$/.test(lower[k + 1] ?? '');
}

export function endBeforeMainPredicate(doc: Doc, cue: CueSpan, content: Content): Content {
  const { lower, kind } = doc.tokens;
  const rel = cue.firstTok - 1;
  if (!(lower[rel] === 'who' || lower[rel] === 'that') || lower[rel - 1] === ',' || kind[rel - 1] !== WORD) return content;
  // The content's own finite verb: an auxiliary ("the dam was unsafe"); not a past form, which may be a
  // participle ("the regions most hit by the violence are …").
  let seen = false;
  for (let k = content.first; k <= content.last; k++) {
    const w = lower[k];
    if (kind[k] !== WORD || LINKS.has(w)) { if (seen) return content; continue; }
    if (seen && mainPredicate(doc, k) && !VERB_LIKE.test(lower[k - 1])) return { first: content.first, last: k - 1 };
    if (FINITE_AUXILIARIES.has(w)) seen = true;
  }
  return content;
}
