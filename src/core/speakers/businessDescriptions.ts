/**
 * "Orbit Labs cut 50 jobs on Monday. The firm said …", "Harlow United sacked its coach. The club said …": a
 * bare business description ("the company", "the firm", "the club") refers back to a name holding a word of
 * its kind (Labs, Energy, United), even a name taken for a person's by default (two words, no known first
 * name). Never to a person ("Tomas Berg said the team needed a new coach"), nor to a body whose name holds
 * no such word ("Islamabad's National Weather Forecasting Center … the company's website").
 */
import roles from '../data/roles.json';
import type { Entity } from './entities';
import { untitledName } from './antecedent';

const BUSINESS_DESCRIPTIONS: ReadonlySet<string> = new Set(roles.businessDescriptions);

/**
 * Whether entity `e`, whose names hold the words `own`, may be what a one-word description refers back to,
 * given `named`, the words of names of its kind ("inc", "labs", "united"; undefined for none).
 */
export function mayNameBusiness(e: Entity, own: ReadonlySet<string>, named: ReadonlySet<string> | undefined): boolean {
  if (e.gender !== null || e.members.length > 0) return false;
  if (named === undefined || !someIn(own, named)) return false;
  return e.kind === 'organization' || e.kind === 'unknown' || untitledName(e);
}

/** Whether a word of `words` is in `set` (no array per question: fits asks it per recent entity). */
function someIn(words: ReadonlySet<string>, set: ReadonlySet<string>): boolean {
  for (const w of words) if (set.has(w)) return true;
  return false;
}

/** "The firm", "the club": a bare business description, whose antecedent is then known to be an organisation. */
export function isBareBusinessDescription(text: string): boolean {
  // Asked of every mention: one that does not open with "the" or "its" in any case is no such description,
  // and is not lowercased (only T, H, E, I, S themselves lowercase to those letters alone).
  const c0 = text.charCodeAt(0) | 32;
  const c1 = text.charCodeAt(1) | 32;
  const c2 = text.charCodeAt(2) | 32;
  if (!(c0 === 116 && c1 === 104 && c2 === 101) && !(c0 === 105 && c1 === 116 && c2 === 115)) return false;
  // Its words split at spaces are two, "the"/"its" and the description: one match, no array of words.
  const bare = BARE_DESCRIPTION.exec(text.toLowerCase());
  return bare !== null && BUSINESS_DESCRIPTIONS.has(bare[1]);
}

const BARE_DESCRIPTION = /^(?:the|its)\s+(\S+)$/;
