/**
 * Verbs that report speech only before the question they put (cues.json questionOnly): "Nora Ek questioned
 * whether the data was reliable", "Lawyers queried why the files were missing". Before a noun they are acts of
 * police or doubt, not statements: "Police questioned two men", "She questioned the decision".
 */
import type { Doc } from '../doc';
import data from '../data/cues.json';
import { WORD } from '../text/tokenTable';

export const QUESTION_ONLY: ReadonlySet<string> = new Set(data.questionOnly);
export const QUESTION_OPENERS: ReadonlySet<string> = new Set(['whether', 'if', 'why', 'how', 'what', 'when', 'where', 'who', 'which']);

/** Whether a reported question opens right after the verb at token `i`. */
export function questionFollows(doc: Doc, i: number): boolean {
  const { lower, sent } = doc.tokens;
  if (QUESTION_OPENERS.has(lower[i + 1] ?? '') && sent[i + 1] === sent[i]) return true;
  // "has questioned in recent days whether …", "questioned again whether …": a short adjunct first.
  return questionAfterAdjunct(doc, i + 1) > i + 1;
}

/** With token `k` opening an adjunct ("in recent days", "again"), the "whether" or "if" after it; else `k`. */
export function questionAfterAdjunct(doc: Doc, k: number): number {
  const { lower, kind, sent } = doc.tokens;
  if (!ADJUNCT_OPENERS.has(lower[k] ?? '')) return k;
  if (lower[k + 1] === 'whether' || lower[k + 1] === 'if') return k + 1;
  for (let j = k + 1; j <= k + MAX_ADJUNCT && sent[j] === sent[k] && kind[j] === WORD; j++) {
    if (lower[j] === 'whether' || lower[j] === 'if') return j;
  }
  return k;
}

/** Words opening a short adjunct between the verb and its question ("in recent days", "again", "publicly"). */
const ADJUNCT_OPENERS = new Set(['in', 'on', 'at', 'during', 'over', 'this', 'last', 'again', 'publicly', 'openly', 'repeatedly', 'aloud', 'also', 'privately']);
const MAX_ADJUNCT = 4;

/**
 * The last token of a reported question in [from, last]: "questioned whether Lee can lead, but declined to say
 * so on stage" ends before ", but" and the questioner's own second predicate (`pastAt`: a past form opens one).
 */
export function questionEnd(doc: Doc, from: number, last: number, pastAt: (k: number) => boolean): number {
  const lower = doc.tokens.lower;
  for (let k = from + 2; k < last; k++) {
    if (lower[k] === ',' && (lower[k + 1] === 'but' || lower[k + 1] === 'and') && pastAt(k + 2)) return k - 1;
  }
  return last;
}
