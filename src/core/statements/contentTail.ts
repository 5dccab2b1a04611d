/**
 * Where the reporter's own words follow a content clause without a stopper clauseEnd.ts knows:
 *   - a coordinated clause whose subject holds a view of its own: "Residents reported gunfire, and rights
 *     monitors believe 12 people were killed", "said the deal was done, but fans suspect the player will
 *     stay", "…, and the president agreed". A belief is no statement (see the guideline), nor the first
 *     source's words, and agreement is another's act. A coordinated clause of facts runs on ("said one nurse
 *     was hurt, and two patients were treated"), as annotators keep it;
 *   - the occasion of the saying, a pronoun that comes or goes or acts in public: "insisted he was innocent as
 *     he left the courtroom", "said the talks had failed as she arrived", "… as she presented the budget";
 *   - "when asked": "said he had not read the report when asked about it".
 * Each test reads a few tokens from `k`, the token after the content's last word.
 */
import type { Doc } from '../doc';
import { WORD } from '../text/tokenTable';
import tails from '../data/contentTail.json';
import { AUX, IRREGULAR_PAST, QUESTIONED } from './verbWords';
import { PERSON_SUBJECTS } from '../mentions/lexicon';

const STANCE_VERBS: ReadonlySet<string> = new Set(tails.stanceVerbs);
const OCCASION_VERBS: ReadonlySet<string> = new Set(tails.occasionVerbs);
const LINKS = new Set(['and', 'but', 'while', 'whereas']);
// A preposition or a determiner before the verb of belief makes it a noun: "fled their homes and offices in fear".
const NOT_SUBJECT = new Set(['that', 'to', 'who', 'which', 'it', 'if', 'as', 'not', 'also', 'do', 'does', 'did', 'in', 'on', 'at', 'of', 'for', 'with', 'from', 'by', 'into', 'without', 'under', 'over', 'after', 'before', 'during', 'amid', 'out']);
const NOUN_BEFORE = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'no', 'any', 'some', 'much', 'little', 'this', 'that']);
const MAX_SUBJECT = 5;

/** ", and monitors believe …", ", but many workers think …": a link, a short subject, a verb of belief. */
export function coordinatedStance(doc: Doc, k: number): boolean {
  const { lower, kind, sent } = doc.tokens;
  // "said the workers and managers believe …": without a comma, "and" may join the content's own subject.
  const comma = lower[k] === ',';
  if (comma) k++;
  if (!LINKS.has(lower[k]) || (!comma && (lower[k] === 'and' || lower[k] === 'but'))) return false;
  for (let j = k + 1; j <= k + MAX_SUBJECT + 1 && j + 1 < doc.tokens.length && sent[j] === sent[k]; j++) {
    if (kind[j] !== WORD) return false;
    // "and believe it …": a verb of belief needs a subject before it.
    if (STANCE_VERBS.has(lower[j])) return j > k + 1 && !NOUN_BEFORE.has(lower[j - 1]);
    // ", and prices fell as traders feared …": a verb before it makes the words a clause of their own.
    if (NOT_SUBJECT.has(lower[j]) || AUX.has(lower[j]) || IRREGULAR_PAST.has(lower[j]) || /[a-z]ed$/.test(lower[j])) return false;
  }
  return false;
}

/** "as he left the courtroom", "when asked about it": the occasion of the saying after its content. */
export function occasionOfSaying(doc: Doc, k: number): boolean {
  const { lower } = doc.tokens;
  if (lower[k] === ',') k++;
  // Not "said he would resign when asked to": asked to do something, the content's own condition.
  if (lower[k] === 'when' && QUESTIONED.has(lower[k + 1])) return lower[k + 2] !== 'to';
  // Not "when": "followed them and began yelling when they arrived at the square" is the content's own time.
  return lower[k] === 'as' && PERSON_SUBJECTS.has(lower[k + 1]) && OCCASION_VERBS.has(lower[k + 2]);
}
