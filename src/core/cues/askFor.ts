/**
 * "Turkey has been asking for help in dealing with the PKK", "asked for a refund": asking for a thing is a
 * request for it, not words reported; "asked for the law to be applied" (an infinitive after the object)
 * still reports a request of someone.
 */
import type { Doc } from '../doc';
import { WORD } from '../text/tokenTable';

const MAX_OBJECT = 8;

export function isAskingForThing(doc: Doc, i: number): boolean {
  const { lower, kind, sent } = doc.tokens;
  if (lower[i + 1] !== 'for') return false;
  for (let k = i + 2; k <= i + 1 + MAX_OBJECT && sent[k] === sent[i] && kind[k] === WORD; k++) {
    if (lower[k] === 'to' || lower[k] === 'that') return false;
  }
  return true;
}
