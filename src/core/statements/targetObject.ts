/**
 * When a short object of a verb of judgement (the "targetObject" verbs of data/cues.json: condemn, criticize,
 * blame, praise, …) is itself what was said. Pooled over the development sets, the annotators mark a short
 * object when it is all the article gives of the judgement ("Lawmaker Yousafzai condemned the protests.",
 * "The State Department criticized the arrests; …", "He recently condemned anti-semitism after vandalism …":
 * 7 of 10), and not when the source's own words follow in a quotation ("criticized the U.S. position, saying
 * "It is important …"", "denounced the operation. "It takes Comoros back …," he said": 1 of 5): the quotation
 * is then the statement and the object only names its target.
 */
import type { Doc } from '../doc';
import { QUOTE, WORD } from '../text/tokenTable';

/** Objects this short may name only the target of a judgement (condemned the raid). */
export const MIN_TARGET_WORDS = 4;
/** Participles that introduce the source's words after the object ("criticized the plan, saying "…""). */
const INTRODUCERS = new Set(['saying', 'adding', 'stating', 'declaring', 'calling', 'writing', 'noting', 'telling']);
/** Finite verbs of saying that introduce the quotation after "but" or "and" ("…, but said, "…""). */
const COORDINATED_INTRODUCERS = new Set(['said', 'says', 'added', 'adds', 'told', 'tells', 'wrote', 'writes']);
/** How far past the object's end a quotation may open and still follow it (", saying "…"", ". "…"). */
const REACH = 4;
/** How many tokens a hearer may take between the participle and the quotation. */
const HEARER_REACH = 6;

/** Whether a quotation of the source follows the object ending at token `last`. */
function quotationFollows(doc: Doc, last: number): boolean {
  const { lower, kind } = doc.tokens;
  const end = Math.min(doc.tokens.length - 1, last + REACH);
  for (let k = last + 1; k <= end; k++) {
    if (kind[k] === QUOTE) return true;
    // "the resolution at a press conference on Wednesday, saying "…"": an occasion may stand before it.
    if (kind[k] === WORD && INTRODUCERS.has(lower[k])) return quoteWithin(doc, k + 1);
    // "praised those who left but said, "We're in a new game"": a coordinated verb of saying before the quotation.
    if ((lower[k] === 'but' || lower[k] === 'and') && COORDINATED_INTRODUCERS.has(lower[k + 1] ?? '')) return quoteWithin(doc, k + 2);
    // (Only within the object's sentence: a next sentence counts when it opens with the quotation.)
    if (kind[k] === WORD) return k <= doc.sentEnd[last] && introducedQuote(doc, k, Math.min(doc.sentEnd[last], k + 12));
  }
  return false;
}

/** Whether ", saying "" opens within [from, to] (the occasion of the act before the participle). */
function introducedQuote(doc: Doc, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (doc.tokens.lower[k] === ',' && INTRODUCERS.has(doc.tokens.lower[k + 1]) && quoteWithin(doc, k + 2)) return true;
  return false;
}

/**
 * Whether a quotation opens at token `k` (", saying "…"", ", saying, "…"") or after a short hearer and a colon
 * ("adding to Radio Five: "…""); not a quoted fragment inside a reported clause ("saying the U.S. is losing
 * the "moral" battle").
 */
function quoteWithin(doc: Doc, k: number): boolean {
  const { kind, lower } = doc.tokens;
  if (kind[k] === QUOTE || (lower[k] === ',' && kind[k + 1] === QUOTE)) return true;
  for (let j = k; j < k + HEARER_REACH && j < doc.tokens.length; j++) if (lower[j] === ':' && kind[j + 1] === QUOTE) return true;
  return false;
}

/** Whether the short object [first, last] of a verb of judgement names only its target. */
export function namesOnlyTarget(doc: Doc, last: number, words: number): boolean {
  return words < MIN_TARGET_WORDS && quotationFollows(doc, last);
}
