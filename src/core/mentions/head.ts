/**
 * The head noun of a description without a name: the noun before its first preposition when that noun is
 * a role or group ("a spokesperson for the government" is a spokesperson, a person; "officials at the
 * ministry" are officials, a group), else the last word ("the state news agency").
 */
import { GROUPS, ROLES } from './lexicon';

const PREPOSITIONS = new Set(['of', 'for', 'at', 'from', 'with', 'in', 'on', 'to', 'by']);

export function descriptionHead(lowers: readonly string[]): string {
  for (let j = 1; j < lowers.length; j++) {
    if (!PREPOSITIONS.has(lowers[j])) continue;
    const before = lowers[j - 1];
    return ROLES.has(before) || GROUPS.has(before) ? before : lowers[lowers.length - 1];
  }
  return lowers[lowers.length - 1];
}
