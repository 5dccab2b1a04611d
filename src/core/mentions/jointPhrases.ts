/**
 * A source phrase naming two sources at a top-level "and" ("Bush and Putin", "Both the district and the police
 * department"), told apart from one person's two titles or two offices ("union president and founding member Ana
 * Ruiz", "the deputy prime minister and head of the Olympic committee").
 */
import type { Doc } from '../doc';
import type { Phrase } from './np';
import { DETERMINERS, GROUPS, ROLES, TITLES } from './lexicon';

/** Splits "Bush and Putin" / "Both the district and the police department" at a top-level "and". */
export function jointParts(doc: Doc, p: Phrase): Phrase[] {
  const lower = doc.tokens.lower;
  let ofSeen = false;
  for (let i = p.first + 1; i < p.last; i++) {
    const word = lower[i];
    if (word === 'of' || word === 'for' || word === 'on') ofSeen = true;
    if (word === 'and' && !ofSeen && i + 1 < doc.tokens.length) {
      const first = lower[p.first] === 'both' ? p.first + 1 : p.first;
      const left = describeTokensHaveHead(doc, first, i - 1);
      const right = describeTokensHaveHead(doc, i + 1, p.last);
      if (left && right && !rolesOfOneName(doc, first, i, p.last) && !secondOfficeOfOne(doc, i)) return [{ first, last: i - 1 }, { first: i + 1, last: p.last }];
    }
  }
  return [];
}

/**
 * "the deputy prime minister and head of the Olympic committee": a bare singular role noun with its "of" after
 * "and" is a second office of the same person (two people would each have a determiner or a name).
 */
function secondOfficeOfOne(doc: Doc, and: number): boolean {
  const { cap, lower } = doc.tokens;
  let k = and + 1;
  if (ROLES.has(lower[k]) && ROLES.has(lower[k + 1])) k++;
  // "head of the committee", "chairman of Acme"; not a compound title ("the mayor and chief of police": two people).
  const office = lower[k + 2] === 'the' || cap[k + 2] === 1;
  return cap[and + 1] !== 1 && ROLES.has(lower[k]) && !GROUPS.has(lower[k]) && (lower[k + 1] === 'of' || lower[k + 1] === 'for') && office;
}

/**
 * "union president and founding member Ana Ruiz said": two singular roles, both written in lowercase,
 * joined before one name are that person's two titles, not two sources.
 */
function rolesOfOneName(doc: Doc, first: number, and: number, last: number): boolean {
  const { cap, lower } = doc.tokens;
  const left = lower[and - 1];
  // "The mayor and city councillor Ann Lee said": a determiner makes the first role a person of its own;
  // titles written before a name carry none.
  if (DETERMINERS.has(lower[first])) return false;
  if (cap[and - 1] === 1 || !(ROLES.has(left) || TITLES.has(left)) || GROUPS.has(left) || cap[and + 1] === 1 || cap[last] !== 1) return false;
  let k = and + 1;
  while (k < last && cap[k] !== 1) k++;
  return (ROLES.has(lower[k - 1]) || TITLES.has(lower[k - 1])) && k < last;
}

function describeTokensHaveHead(doc: Doc, a: number, b: number): boolean {
  const { cap, lower } = doc.tokens;
  for (let i = a; i <= b; i++) {
    if ((cap[i] === 1 && !DETERMINERS.has(lower[i])) || ROLES.has(lower[i]) || GROUPS.has(lower[i])) return true;
  }
  return false;
}
