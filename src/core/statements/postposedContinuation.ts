/**
 * The writer's own continuation after a postposed reporting clause: "The bridge reopened at noon, the council
 * said, but traffic stayed light." · "Two men were arrested, police reported, with a third still sought." ·
 * "The mayor resigned, the paper reported, ending a week of protests." The reporting clause still closes its
 * content: what comes after its comma is the reporter's narration (a contrast, a "with" phrase or a participle
 * of consequence) or a participle of the source's own ("…, police said, adding that …", "…, Reuters reported,
 * citing unnamed sources"), which is a cue of its own if anything, not more of this content. ", and" is left
 * alone (it may join a second reported clause).
 */
import type { Doc } from '../doc';
import { WORD } from '../text/tokenTable';

// Not "while": "…, X said, while two were guides" contrasts two facts the source gives.
// "…, the governor said, without giving a timeline." is the reporter's remark too.
const CONTINUATION_OPENERS = new Set(['but', 'with', 'yet', 'without']);
/**
 * Participles describing a statement's medium: after the comma closing it ("…, said in its annual report,
 * published on Thursday.") or right after the cue ("said in a statement posted on its website").
 */
export const MEDIUM_PARTICIPLES: ReadonlySet<string> = new Set(['published', 'released', 'issued', 'posted', 'broadcast', 'aired', 'sent']);
/** How far a short time adjunct may run before the comma ("…, police said on Sunday, but …"). */
const MAX_BEFORE_COMMA = 4;

/** Whether a participle opens at token `k` ("making her the first case", "citing unnamed sources", "adding that …"). */
function participleAt(doc: Doc, k: number): boolean {
  const word = doc.tokens.lower[k] ?? '';
  return doc.tokens.kind[k] === WORD && word.length > 5 && word.endsWith('ing');
}

/**
 * The comma after the cue (token `i` is the first after the cue; `b` the sentence's last) that opens the
 * writer's continuation, or -1. `isAdjunct(i, k)` says whether tokens [i, k] are a short adjunct.
 */
export function continuationComma(doc: Doc, i: number, b: number, isAdjunct: (from: number, to: number) => boolean): number {
  const lower = doc.tokens.lower;
  for (let k = i; k <= Math.min(b - 2, i + MAX_BEFORE_COMMA); k++) {
    if (lower[k] !== ',') continue;
    if (k > i && !isAdjunct(i, k - 1)) return -1;
    return CONTINUATION_OPENERS.has(lower[k + 1]) || participleAt(doc, k + 1) || MEDIUM_PARTICIPLES.has(lower[k + 1]) ? k : -1;
  }
  return -1;
}
