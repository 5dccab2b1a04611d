/**
 * A cue inside a non-restrictive relative whose antecedent is the sentence's subject: "Karin Vos, who said she had
 * been threatened, took the train to Oslo." The comma closing the relative hands over to the main predicate,
 * which has no subject of its own (it is the antecedent's), so mainClauseAfter (clauseFrame.ts) does not see it.
 * The content ends there when it already holds a finite verb ("she had been threatened") and the comma is
 * followed by a finite verb, after at most one adverb ("…, later left the country", "…, now lives in Oslo").
 * "said the suspect, arrested on Monday, had fled" keeps its aside: no finite verb stands before that comma.
 */
import type { Doc } from '../doc';
import { WORD } from '../text/tokenTable';
import { DETERMINERS, OBJECT_PRONOUNS } from '../mentions/lexicon';
import { COMMON_PAST, COMMON_VERBS, FINITE_AUXILIARIES_AND_DO, IRREGULAR_PAST } from './verbWords';

/** How far before the content the relative's ", who" may stand (tokens): "who said on Monday that". */
const MAX_LOOKBACK = 12;
const ADVERBS = new Set(['later', 'then', 'also', 'now', 'still', 'since', 'subsequently', 'eventually', 'soon', 'recently', 'previously', 'earlier']);
/** What may follow a verb in -ed opening the predicate: an object, "to", a particle or a preposition. */
const AFTER_ED = new Set([...DETERMINERS, ...OBJECT_PRONOUNS, 'to', 'up', 'out', 'down', 'back', 'off', 'into']);

function finiteVerb(doc: Doc, k: number): boolean {
  const { lower, kind, cap } = doc.tokens;
  const w = lower[k] ?? '';
  if (kind[k] !== WORD || cap[k] === 1) return false;
  if (FINITE_AUXILIARIES_AND_DO.has(w) || COMMON_PAST.has(w)) return true;
  // A base form may be a noun ("…, support for the plan"): only inflected forms count.
  if (COMMON_VERBS.has(w) && /(?:s|ed)$/.test(w)) return true;
  if (IRREGULAR_PAST.has(w)) return !/n$/.test(w);
  return /^[a-z]{3,}ed$/.test(w) && AFTER_ED.has(lower[k + 1] ?? '');
}

/** Whether the relative ", who"/", which" holding the cue stands shortly before content token `from`. */
function inRelative(doc: Doc, from: number): boolean {
  const { lower, sent } = doc.tokens;
  for (let k = from - 1; k >= doc.sentStart[from] && k >= from - MAX_LOOKBACK; k--) {
    if (lower[k] === ',') return (lower[k + 1] === 'who' || lower[k + 1] === 'which') && sent[k] === sent[from];
  }
  return false;
}

/** Whether the comma at `comma` closes the relative holding the cue of content starting at `from`. */
export function relativePredicateAfter(doc: Doc, from: number, comma: number): boolean {
  let j = comma + 1;
  if (ADVERBS.has(doc.tokens.lower[j]) || /^[a-z]{4,}ly$/.test(doc.tokens.lower[j] ?? '')) j++;
  if (!finiteVerb(doc, j) || !inRelative(doc, from)) return false;
  for (let k = from; k < comma; k++) if (finiteVerb(doc, k)) return true;
  return false;
}
