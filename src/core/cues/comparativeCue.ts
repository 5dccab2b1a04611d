/**
 * A verb of saying in a comparative clause after "than" reports no content: its object is the gap the comparison
 * leaves ("With a greater margin than recent polls had suggested, the voters chose "No"", "more people than
 * officials had announced"). What follows is the main clause, in the reporter's voice.
 */
import type { Doc } from '../doc';
import { WORD } from '../text/tokenTable';

/** Words of the comparative clause's subject and auxiliaries between "than" and the verb ("than recent polls had"). */
const MAX_SUBJECT = 5;

export function isComparativeCue(doc: Doc, i: number): boolean {
  const { lower, kind, sent } = doc.tokens;
  if (lower[i + 1] === 'that') return false;
  for (let k = i - 1; k >= 0 && k >= i - MAX_SUBJECT && sent[k] === sent[i] && kind[k] === WORD; k--) {
    // "More than 4 in 10 said …", "more than half said …": "more than" and a figure is a share, the cue's subject.
    if (lower[k] === 'than') return k < i - 1 && !(/^(?:more|less|fewer)$/.test(lower[k - 1] ?? '') && (doc.tokens.digitFirst[k + 1] === 1 || /^(?:half|a|one|two|three|four|five|six|seven|eight|nine|ten)$/.test(lower[k + 1])));
  }
  return false;
}
