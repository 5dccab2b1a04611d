/**
 * How far a cue reaches around its verb: auxiliaries and adverbs before it ("also has suggested"), and a
 * hearer, "as", "only" or "in a statement" after it ("told reporters", "has described as", "saying only",
 * "said in a statement").
 */
import type { Doc } from '../doc';
import type { Frame } from './lexicon';
import { HEARERS } from './lexicon';

const AUX = new Set(['has', 'have', 'had', 'will', 'would', 'shall', 'should', 'may', 'might', 'can', 'could', 'must', 'did', 'does', 'do', 'also', 'later', 'then', 'further', 'previously', 'earlier', 'repeatedly', 'reportedly', 'publicly', 'recently', 'once', 'already', 'again', 'not', 'never', 'just', "'ve", "'d", 'first', 'originally', 'initially']);
const HEARER_SET = new Set(HEARERS);

/** Number of tokens of a hearer phrase starting at `k` ("reporters", "the press"), or 0. */
function hearerLength(doc: Doc, k: number): number {
  const one = doc.tokens[k]?.lower;
  if (one === undefined) return 0;
  const two = doc.tokens[k + 1] ? `${one} ${doc.tokens[k + 1].lower}` : '';
  if (HEARER_SET.has(two)) return 2;
  return HEARER_SET.has(one) ? 1 : 0;
}

const MEDIUM = /^(?:statement|interview|tweet|post|letter|release|speech|briefing|conference|email|e-mail|message|video|broadcast|op-ed|column|editorial|blog|report|filing|affidavit|testimony)$/;

/** Length of "in a statement" / "in a blog post" / "in an interview with the BBC"-style adjunct at `k` ("in"), or 0. */
function statementAdjunct(doc: Doc, k: number): number {
  if (!/^(?:a|an|the|his|her|their|its)$/.test(doc.tokens[k + 1]?.lower ?? '')) return 0;
  for (let j = k + 2; j <= k + 4; j++) {
    const t = doc.tokens[j];
    if (!t || t.type !== 'w') return 0;
    if (MEDIUM.test(t.lower) && !MEDIUM.test(doc.tokens[j + 1]?.lower ?? '')) return j - k + 1;
  }
  return 0;
}

export function extendCue(doc: Doc, verb: number, frames: ReadonlySet<Frame>): { first: number; last: number } {
  const sent = doc.tokens[verb].sent;
  let first = verb;
  while (first > 0 && doc.tokens[first - 1].sent === sent && AUX.has(doc.tokens[first - 1].lower)) first--;
  let last = verb;
  const next = doc.tokens[verb + 1];
  if (!next || next.sent !== sent) return { first, last };
  if (frames.has('description') && next.lower === 'as') last = verb + 1;
  else if (next.lower === 'only' || (next.lower === 'out' && doc.tokens[verb].lower.startsWith('point'))) last = verb + 1;
  else if (frames.has('object')) last = verb + hearerLength(doc, verb + 1);
  else if (next.lower === 'in') last = verb + statementAdjunct(doc, verb + 1);
  return { first, last };
}
