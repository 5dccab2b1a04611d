/**
 * The proper name inside a source phrase: the last run of capitalised words (with particles and inner
 * joiners: "Department of Agriculture", "al-Amr"), after titles ("Russian President Vladimir Putin") or at a
 * known given name; none when the name only modifies a noun ("the Bush administration").
 */
import type { Doc } from '../doc';
import type { Phrase } from './np';
import { DETERMINERS, FEMALE_NAMES, MALE_NAMES, ORG_HEADS, TITLES } from './lexicon';

export const ACRONYM = /^[\p{Lu}\d][\p{Lu}\d&.-]*[\p{Lu}\d]\.?$/u;

/** The last run of capitalised words (with name particles) in the phrase, as token indices. */
export function nameRun(doc: Doc, p: Phrase): [number, number] | null {
  const lead = leadingPersonRun(doc, p);
  if (lead) return lead;
  let end = -1;
  for (let i = p.last; i >= p.first; i--) {
    const t = doc.tokens[i];
    if (t.type === 'w' && t.cap && !DETERMINERS.has(t.lower)) { end = i; break; }
    if (t.lower === 'of' || t.lower === 'at' || t.lower === 'by') end = -1;
  }
  if (end < 0) return null;
  let start = end;
  while (start - 1 >= p.first) {
    const t = doc.tokens[start - 1];
    const particle = /^(?:al|el|de|da|di|van|von|bin|ibn|la|le|du|del)$/.test(t.lower) || t.text === '-';
    // "Department of Agriculture", "Church of Scientology": a joiner between two capitalised words.
    const inner = !t.cap && /^(?:of|for|and|&|on)$/.test(t.lower) && doc.tokens[start - 2]?.cap === true && start - 2 >= p.first;
    if ((t.type === 'w' && t.cap && !DETERMINERS.has(t.lower)) || (particle && doc.tokens[start - 2]?.cap)) start--;
    else if (inner) start -= 2;
    else break;
  }
  // Within the run, the person's name starts after the last title (or organisation) directly before a name.
  let nameStart = start;
  for (let i = start; i < end; i++) {
    const lower = doc.tokens[i].lower;
    if ((TITLES.has(lower) || ORG_HEADS.has(lower)) && doc.tokens[i + 1].cap) nameStart = i + 1;
  }
  for (let i = nameStart; i < end; i++) {
    const lower = doc.tokens[i].lower;
    if (FEMALE_NAMES.has(lower) || MALE_NAMES.has(lower)) { nameStart = i; break; }
  }
  if (ORG_HEADS.has(doc.tokens[end].lower) || orgLike(doc, start, end)) nameStart = start;
  if (end < p.last && modifiesHead(doc, start, end, p.last)) return null;
  if (insidePrepositionalPhrase(doc, p, start)) return null;
  return [nameStart, end];
}

/** "Matthew Ingram of The Globe and Mail": a person's name first, then an affiliation. */
function leadingPersonRun(doc: Doc, p: Phrase): [number, number] | null {
  let i = p.first;
  while (i <= p.last && doc.tokens[i].type === 'w' && doc.tokens[i].cap && !DETERMINERS.has(doc.tokens[i].lower) && !ORG_HEADS.has(doc.tokens[i].lower) && !TITLES.has(doc.tokens[i].lower)) i++;
  if (i - p.first < 2 || i > p.last || !/^(?:of|at|from)$/.test(doc.tokens[i].lower)) return null;
  return [p.first, i - 1];
}

/**
 * A name followed by lowercase nouns only modifies them: "the Bush administration", "U.S. officials",
 * "Bush's national security adviser" name a role, not Bush. An acronym before an organisation noun is the
 * organisation itself ("the M5S party").
 */
function modifiesHead(doc: Doc, start: number, end: number, last: number): boolean {
  for (let i = end + 1; i <= last; i++) {
    const t = doc.tokens[i];
    if (t.type !== 'w' || t.cap || /^(?:of|at|from|by|on|for|in)$/.test(t.lower)) return false;
  }
  const acronym = start === end && ACRONYM.test(doc.tokens[start].text) && !doc.tokens[start].text.includes('.');
  return !(acronym && ORG_HEADS.has(doc.tokens[last].lower));
}

/**
 * "A leaked internal letter seen by Sky News": the name is inside a prepositional phrase after a noun, so
 * the phrase names the letter, not Sky News. After a title the name is the person's ("Ambassador to the
 * United States Hamdullah Mohib").
 */
function insidePrepositionalPhrase(doc: Doc, p: Phrase, start: number): boolean {
  let k = start - 1;
  if (k >= p.first && DETERMINERS.has(doc.tokens[k].lower)) k--;
  if (k <= p.first || !/^(?:by|of|at|from|for|on|in|with)$/.test(doc.tokens[k].lower)) return false;
  for (let i = p.first; i < k; i++) if (TITLES.has(doc.tokens[i].lower)) return false;
  return true;
}

function orgLike(doc: Doc, a: number, b: number): boolean {
  for (let i = a; i <= b; i++) if (ORG_HEADS.has(doc.tokens[i].lower) && i === b) return true;
  return a === b && ACRONYM.test(doc.tokens[a].text) && doc.tokens[a].text.length >= 2;
}

