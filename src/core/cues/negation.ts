/**
 * A cue that reports no statement because it is negated: "have not said", "never stated", "didn't say", or
 * its subject denies any source: "no one has claimed", "nobody said".
 */
import type { Doc } from '../doc';
import cueData from '../data/cues.json';
import { VERB_FORMS } from './lexicon';
import { isAvoidedAct } from './avoidedAct';

/** Adverbs that may stand between a subject or auxiliary and its verb ("has also said", "never stated"). */
export const ADVERBS = new Set([...cueData.adverbsBeforeCue.shared, ...cueData.adverbsBeforeCue.negationOnly]);
const NO_SOURCE = new Set(['nobody', 'none', 'neither', 'nothing']);

/** Verbs of refusing before "to": "declined to comment", "refused to confirm or deny whether …". */
export const REFUSALS: ReadonlySet<string> = new Set(['refuse', 'refused', 'refuses', 'refusing', 'decline', 'declined', 'declines', 'declining']);

/** "refused to say", "declined to confirm or deny that …": a statement the source would not make. */
function refusedTo(doc: Doc, i: number): boolean {
  const { lower, sent } = doc.tokens;
  let k = i - 1;
  // "refused to confirm or deny": a first verb of saying coordinated before the cue ("declined to comment and
  // said …" is a refusal, then a statement: "comment" is no clause-taking verb).
  if ((lower[k] === 'or' || lower[k] === 'and') && VERB_FORMS.get(lower[k - 1] ?? '')?.frames.has('clause') && lower[k - 1] !== 'comment') k -= 2;
  return k >= 1 && lower[k] === 'to' && sent[k - 1] === sent[i] && REFUSALS.has(lower[k - 1]);
}

/** Longest aside between commas the negation reaches over ("did not, as of Monday, confirm"). */
const MAX_ASIDE = 5;

/**
 * "did not, however, say whether …", "has not, as of Monday, confirmed …": an aside between commas right before
 * token `k + 1` stands between the negation and its verb; the index of the token before the aside's first comma
 * (or `k` when there is none). Words after a comma start nothing here: "…, who did not attend, said" has its
 * aside before the subject, and the word before it ("Smith") ends the search.
 */
function parentheticalBefore(doc: Doc, k: number): number {
  const { lower, sent } = doc.tokens;
  if (k < 1 || lower[k] !== ',') return k;
  for (let j = k - 1; j >= 0 && j >= k - MAX_ASIDE - 1 && sent[j] === sent[k]; j--) if (lower[j] === ',') return j < k - 1 ? j - 1 : k;
  return k;
}

/** "have not said", "never stated", "didn't say", "no one has claimed": a statement that was not made. */
export function isNegated(doc: Doc, i: number): boolean {
  const sent = doc.tokens.sent;
  if (refusedTo(doc, i) || isAvoidedAct(doc, i)) return true;
  for (let k = parentheticalBefore(doc, i - 1), n = 0; k >= 0 && n < 3 && sent[k] === sent[i]; k = parentheticalBefore(doc, k - 1), n++) {
    const w = doc.tokens.lower[k];
    if (w === 'not' || w === 'never' || w.endsWith("n't") || w.endsWith('n’t')) return true;
    // "So far no group has claimed responsibility", "nobody said": a subject that denies any source.
    if (NO_SOURCE.has(w) || (doc.tokens.lower[k - 1] === 'no' && sent[k - 1] === sent[i])) return true;
    if (!ADVERBS.has(w) && !/^(?:has|have|had|did|does|do|would|will|could|can)$/.test(w)) return false;
  }
  return false;
}

/** Skips adverbs backwards from `i` (exclusive); the index of the first non-adverb token before. */
export function beforeAdverbs(doc: Doc, i: number): number {
  const { lower, sent } = doc.tokens;
  let k = i - 1;
  while (k >= 0 && ADVERBS.has(lower[k]) && sent[k] === sent[i]) k--;
  return k;
}
