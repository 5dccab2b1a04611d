/**
 * A non-restrictive phrase after a comma inside a content clause: the reporter's aside when nothing of the
 * content follows it, part of the content when the content's predicate does (for an appositive) or when a
 * comma closes it (for a relative clause, as clauseEnd.ts always read one).
 *   "said the plan, which cost $5 million, failed" · "said the plan, a costly one, failed": inside the content
 *   (its verb "failed" follows the closing comma);
 *   "said they were told to save fuel, the price of which has doubled" · "said the clinic will care for the
 *   otters, an animal that is listed as endangered" · "threatened a blockade, something the navy wants to
 *   avoid, as it could …": the reporter re-describing the last noun, to the end of the sentence.
 */
import type { Doc } from '../doc';
import { WORD } from '../text/tokenTable';
import { nextComma } from './clauseBounds';
import { WH_RELATIVES } from '../mentions/lexicon';
import { AUX, COMMON_VERBS, IRREGULAR_PAST } from './verbWords';

/** Words opening an appositive noun phrase that re-describes the noun before the comma. */
const APPOSITIVE_OPENERS = new Set(['a', 'an', 'something', 'one']);
/** Determiners and quantifiers before "of which": "the cost of which", "some of whom", "most of which". */
const OF_WHICH_OPENERS = new Set(['the', 'some', 'many', 'most', 'all', 'none', 'each', 'both', 'several', 'one', 'two', 'half']);
const OF_WHICH_REACH = 3;
/** How far an appositive may run before its "that"/"who" ("an animal that …", "an offer which …"). */
const APPOSITIVE_REACH = 5;

/** Whether a relative clause or a relative appositive opens at token `k`, after a comma. */
export function opensNonRestrictive(doc: Doc, k: number): boolean {
  const { lower, kind } = doc.tokens;
  if (WH_RELATIVES.has(lower[k])) return true;
  if (OF_WHICH_OPENERS.has(lower[k])) {
    for (let j = k + 1; j <= k + OF_WHICH_REACH && kind[j] === WORD; j++) if (lower[j] === 'of') return WH_RELATIVES.has(lower[j + 1]);
  }
  if (!APPOSITIVE_OPENERS.has(lower[k])) return false;
  // "something the navy wants to avoid": an indefinite pronoun heads a relative of its own.
  if (lower[k] === 'something') return true;
  for (let j = k + 1; j <= k + APPOSITIVE_REACH && kind[j] === WORD; j++) if (lower[j] === 'that' || lower[j] === 'who' || lower[j] === 'which') return true;
  return false;
}

/** Whether a predicate starts at token `k`: an auxiliary or a verb in the past or present ("had", "failed", "cost"). */
function predicateAt(doc: Doc, k: number): boolean {
  const word = doc.tokens.lower[k] ?? '';
  if (doc.tokens.kind[k] !== WORD) return false;
  return AUX.has(word) || IRREGULAR_PAST.has(word) || COMMON_VERBS.has(word) || /[a-z]ed$/.test(word);
}

/**
 * The token closing a non-restrictive phrase opened at `k` when the content runs on after it (its predicate
 * follows the closing comma), -1 when the phrase is the reporter's aside and ends the content.
 */
export function nonRestrictiveClose(doc: Doc, k: number, sent: number): number {
  const close = nextComma(doc, k + 1, sent);
  // A relative pronoun's clause may hold a list ("…, which included holding elections, disarming …"): any
  // closing comma lets the content run on.
  if (WH_RELATIVES.has(doc.tokens.lower[k])) return close >= 0 ? close : longRelativeClose(doc, k, sent);
  return close >= 0 && predicateAt(doc, close + 1) ? close : -1;
}

/** How far a long relative clause inside a subject may run before the comma that closes it. */
const LONG_RELATIVE_REACH = 40;

/**
 * A relative clause longer than a comma's usual reach, closed by a comma that the subject's own predicate
 * follows: "said the mayor, who had been expected to lose a third of her seats to the party of her rival in
 * the first round, won easily" runs on to "won easily"; without that predicate the clause is the reporter's.
 */
function longRelativeClose(doc: Doc, k: number, sent: number): number {
  const close = nextComma(doc, k + 1, sent, LONG_RELATIVE_REACH);
  return close >= 0 && predicateAt(doc, close + 1) ? close : -1;
}

