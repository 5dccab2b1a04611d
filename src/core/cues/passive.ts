/**
 * The passive of "be" (or "get") and a past form: "was reported" is no cue, and "is quoted as saying" is a
 * reporting frame whose subject speaks.
 */
import type { Doc } from '../doc';
import { beforeAdverbs } from './negation';

/** Forms of "be" and "get" before a past form that make it passive ("was reported", "got quoted"). */
export const PASSIVE_AUXILIARIES: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", 'am', 'get', 'got', 'gets']);

/** Passive participles of a report whose subject is the one reported ("X is quoted / was heard … saying"). */
const PASSIVE_REPORTS = new Set(['quoted', 'reported', 'cited', 'heard', 'recorded', 'filmed']);

/** The -ing forms after "quoted as": "was quoted as saying …", "was quoted as telling supporters …". */
const QUOTED_AS_VERBS = new Set(['saying', 'telling', 'writing']);

/**
 * "The general is quoted as saying …", "was quoted by Reuters as saying …", "is reported by the website
 * saying …": the token where the passive reporting frame starts (the form of "be"), or -1. Its subject is
 * the speaker, not the agent after "by" ("was heard on radio saying …"); without "as" or "by", no comma between.
 */
export function quotedAsStart(doc: Doc, i: number): number {
  const { lower, sent } = doc.tokens;
  if (!QUOTED_AS_VERBS.has(lower[i])) return -1;
  const as = lower[i - 1] === 'as';
  for (let k = as ? i - 2 : i - 1; k >= 1 && k >= i - 10 && sent[k] === sent[i]; k--) {
    if (!PASSIVE_REPORTS.has(lower[k])) continue;
    const be = beforeAdverbs(doc, k);
    return PASSIVE_AUXILIARIES.has(lower[be]) && (as || lower[k + 1] === 'by' || !lower.slice(k + 1, i).includes(',')) ? be : -1;
  }
  return -1;
}
