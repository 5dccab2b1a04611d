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
  const listed = listParts(doc, p);
  if (listed.length) return listed;
  const lower = doc.tokens.lower;
  let ofSeen = false;
  for (let i = p.first + 1; i < p.last; i++) {
    const word = lower[i];
    if (word === 'of' || word === 'for' || word === 'on') ofSeen = true;
    if (word === 'and' && !ofSeen && i + 1 < doc.tokens.length) {
      const first = lower[p.first] === 'both' ? p.first + 1 : p.first;
      const left = describeTokensHaveHead(doc, first, i - 1);
      const right = describeTokensHaveHead(doc, i + 1, p.last);
      if (left && right && !rolesOfOneName(doc, first, i, p.last) && !titlesOfOneName(doc, first, i, p.last) && !secondOfficeOfOne(doc, i)) return [{ first, last: i - 1 }, { first: i + 1, last: p.last }];
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
  // Past the last token lower[] is undefined: "July and government" closing a text.
  if (k + 2 >= lower.length) return false;
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

/**
 * "Former Governor and Republican presidential hopeful John Kasich said": title words alone before "and", with no
 * determiner and no name of their own, are the first office of the person named after it, not a second source.
 */
function titlesOfOneName(doc: Doc, first: number, and: number, last: number): boolean {
  const { cap, lower } = doc.tokens;
  if (cap[last] !== 1 || cap[last - 1] !== 1) return false;
  for (let k = first; k < and; k++) if (!TITLES.has(lower[k])) return false;
  return true;
}

function describeTokensHaveHead(doc: Doc, a: number, b: number): boolean {
  const { cap, lower } = doc.tokens;
  for (let i = a; i <= b; i++) {
    if ((cap[i] === 1 && !DETERMINERS.has(lower[i])) || ROLES.has(lower[i]) || GROUPS.has(lower[i])) return true;
  }
  return false;
}

/** How many members a list of sources may have. */
const MAX_MEMBERS = 6;

/**
 * "Ana Ruiz, Paul Grant and Tom Baird" · "the mayor, the police chief, and the fire chief": three or more
 * sources listed with commas and a last "and". Every member is alike, all proper names or all determined
 * role phrases, so that an apposition ("Ana Ruiz, the mayor, and Tom Baird") is no list.
 */
export function listParts(doc: Doc, p: Phrase): Phrase[] {
  const lower = doc.tokens.lower;
  const parts: Phrase[] = [];
  let first = p.first;
  let and = false;
  for (let i = p.first; i <= p.last + 1 && parts.length <= MAX_MEMBERS; i++) {
    const end = i > p.last;
    const w = end ? '' : lower[i];
    if (!end && w !== ',' && w !== 'and') continue;
    if (w === 'and' && lower[i - 1] === ',') { and = true; first = i + 1; continue; }
    if (i - 1 < first) return [];
    parts.push({ first, last: i - 1 });
    if (w === 'and') { if (and) return []; and = true; }
    else if (!end && and) return [];
    first = i + 1;
  }
  if (parts.length < 3 || !and || parts.length > MAX_MEMBERS) return [];
  const names = parts.every((q) => isProperName(doc, q));
  const roles = parts.every((q) => DETERMINERS.has(lower[q.first]) && describeTokensHaveHead(doc, q.first + 1, q.last));
  return names || roles ? parts : [];
}

/** Capitalised words only, two to four of them ("Paul Grant", "Anwen Pryce-Jones"). */
function isProperName(doc: Doc, q: Phrase): boolean {
  const { cap, lower } = doc.tokens;
  if (q.last - q.first > 3) return false;
  for (let k = q.first; k <= q.last; k++) if (cap[k] !== 1 && lower[k] !== '-' && lower[k] !== '.') return false;
  return q.last > q.first;
}
