/**
 * "Channel 4 previously promised when threatened with legal action to see Ryanair in court": an adverbial clause
 * of the act itself ("when threatened …", "if elected", "once freed") between a cue and its infinitive is not
 * content; the content is the infinitive.
 */
import type { CueSpan } from '../cues';
import type { Doc } from '../doc';
import { WORD } from '../text/tokenTable';
import type { Content } from './content';

const SUBORDINATORS = new Set(['when', 'while', 'if', 'once', 'unless', 'after', 'before', 'until']);
/** Words of the adverbial before its "to". */
const MAX_ADVERBIAL = 8;

/** The content starting at the infinitive after such an adverbial, or `content` unchanged. */
export function infinitiveAfterAdverbial(doc: Doc, cue: CueSpan, content: Content): Content {
  const { lower, kind } = doc.tokens;
  const first = content.first;
  if (!SUBORDINATORS.has(lower[first]) || !/(?:ed|en|ing)$/.test(lower[first + 1] ?? '') || !(cue.frames.has('infinitive') || cue.frames.has('request'))) return content;
  for (let k = first + 2; k <= content.last && k <= first + 1 + MAX_ADVERBIAL; k++) {
    if (kind[k] !== WORD) return content;
    if (lower[k] === 'to' && kind[k + 1] === WORD && k + 1 <= content.last) return { first: k, last: content.last };
  }
  return content;
}
