/**
 * The proper name inside a source phrase: the last run of capitalised words (with particles and inner
 * joiners: "Department of Agriculture", "al-Amr"), after titles ("Russian President Vladimir Putin") or at a
 * known given name; none when the name only modifies a noun ("the Bush administration").
 */
import type { Doc } from '../doc';
import type { Phrase } from './np';
import { DETERMINERS, EPITHET_WORDS, FEMALE_NAMES, MALE_NAMES, ORG_HEADS, ROLES, TITLES } from './lexicon';
import { WORD } from '../text/tokenTable';
import { isCommonAtStart, isOccupationAtStart, isRoleAtStart } from './initialCaps';
import { leadingPersonRun, namesPersonAfter, namesPortfolio } from './nameStart';
import { insidePrepositionalPhrase, linkBefore } from './nameAfterLink';

export const ACRONYM = /^[\p{Lu}\d][\p{Lu}\d&.-]*[\p{Lu}\d]\.?$/u;
// Word lists as sets: membership tests on every token of a phrase, no regular expression per token.
export const NAME_PARTICLES: ReadonlySet<string> = new Set(['al', 'el', 'de', 'da', 'di', 'van', 'von', 'bin', 'ibn', 'la', 'le', 'du', 'del', 'der', 'den', 'dos', 'das', 'della']);
const PARTICLES = NAME_PARTICLES;
const INNER_JOINERS = new Set(['of', 'for', 'and', '&', 'on']);
const PREPOSITIONS = new Set(['of', 'at', 'from', 'by', 'on', 'for', 'in']);
/** Letters written after a person's name: honours and British court and parliament ranks. */
const POSTNOMINALS = new Set(['qc', 'kc', 'mp', 'msp', 'obe', 'mbe', 'cbe']);


/** The last run of capitalised words (with name particles) in the phrase, as token indices. */
export function nameRun(doc: Doc, p: Phrase): [number, number] | null {
  const lead = leadingPersonRun(doc, p);
  if (lead) return lead;
  const { kind, cap, lower } = doc.tokens;
  const capitalWord = (k: number) => kind[k] === WORD && cap[k] === 1 && !DETERMINERS.has(lower[k]);
  let end = -1;
  for (let i = p.last; i >= p.first; i--) {
    if (capitalWord(i)) { end = i; break; }
    if (lower[i] === 'of' || lower[i] === 'at' || lower[i] === 'by') end = -1;
  }
  // "Fire officials in the city said": a word capitalised only by opening the sentence names no one.
  if (end < 0 || isCommonAtStart(doc, end)) return null;
  // "Ian Drummond QC, prosecuting, said": letters after a person's name are no part of it.
  while (end > p.first && POSTNOMINALS.has(lower[end]) && cap[end - 1] === 1 && kind[end - 1] === WORD) end--;
  let start = end;
  while (start - 1 >= p.first) {
    const t = start - 1;
    // A punctuation token's `lower` is the mark itself.
    // "Jean -Pierre" joins; a hyphen spaced on both sides is a dash ("Deborah Reynolds - Santilli's partner -").
    const particle = PARTICLES.has(lower[t]) || (lower[t] === '-' && !spacedAround(doc, t));
    // "Department of Agriculture", "Church of Scientology": a joiner between two capitalised words.
    // "Committee to Protect Journalists": "to" after an organisation word names its aim.
    const joiner = INNER_JOINERS.has(lower[t]) || (lower[t] === 'to' && ORG_HEADS.has(lower[start - 2]));
    const inner = cap[t] !== 1 && joiner && cap[start - 2] === 1 && start - 2 >= p.first;
    // "Amalgamated Workers' Union": a plural possessive inside the name.
    const apostrophe = (lower[t] === "'" || lower[t] === '’') && t - 1 >= p.first && capitalWord(t - 1) && lower[t - 1].endsWith('s');
    // "Ursula von der Leyen", "Charles de la Fontaine": two particles between the given name and the family name.
    const pairedParticle = particle && PARTICLES.has(lower[start - 2]) && cap[start - 3] === 1 && start - 3 >= p.first;
    // "von der Leyen said": particles opening the phrase open the family name.
    const opening = particle && (t === p.first || (t === p.first + 1 && PARTICLES.has(lower[p.first])));
    if (capitalWord(t) || (particle && cap[start - 2] === 1) || pairedParticle || opening) start--;
    else if (inner || apostrophe) start -= 2;
    else break;
  }
  // Within the run, the person's name starts after the last title (or organisation) directly before a name.
  let nameStart = start;
  for (let i = start; i < end; i++) {
    if ((TITLES.has(lower[i]) || (ORG_HEADS.has(lower[i]) && namesPersonAfter(doc, i + 1, end))) && cap[i + 1] === 1) nameStart = i + 1;
  }
  for (let i = nameStart; i < end; i++) {
    if (FEMALE_NAMES.has(lower[i]) || MALE_NAMES.has(lower[i])) { nameStart = i; break; }
  }
  // "Frenchman Luc Armand", "Democrat Ruth Calloway", "Farmer Juno Petrakis", "— Pastor Eli Grant": a nationality,
  // party or role noun before two capitalised words is a description of the person, not the name's first word.
  // Not "Governor of Washington Chris Gregoire", "Committee to Protect Journalists": the next word opens the name.
  if (nameStart === start && end - start >= 2 && cap[start + 1] === 1 && (EPITHET_WORDS.has(lower[start]) || ROLES.has(lower[start]) || isOccupationAtStart(doc, start))) nameStart = start + 1;
  if (nameStart === start && end - start === 1 && isRoleAtStart(doc, start)) nameStart = start + 1;
  if (ORG_HEADS.has(lower[end]) || orgLike(doc, start, end)) nameStart = start;
  if (namesPortfolio(doc, start, nameStart, end)) return null;
  if (end < p.last && modifiesHead(doc, start, end, p.last)) return null;
  // "the JFTC in Japan", "the Red Cross in Geneva": the name before the prepositional phrase, if any.
  if (insidePrepositionalPhrase(doc, p, start)) return nameBeforeLink(doc, p, start);
  return [nameStart, end];
}

/**
 * A name followed by lowercase nouns only modifies them: "the Bush administration", "U.S. officials",
 * "Bush's national security adviser" name a role, not Bush. An acronym before an organisation noun is the
 * organisation itself ("the M5S party").
 */
function modifiesHead(doc: Doc, start: number, end: number, last: number): boolean {
  const { kind, cap, lower } = doc.tokens;
  // "The Royal Navy's intelligence chief in the region": a possessor names someone else, whatever follows.
  if (end + 1 < last && (lower[end + 1] === "'s" || lower[end + 1] === '’s') && kind[end + 2] === WORD && cap[end + 2] !== 1) return true;
  // "Xinhua news agency", "the semi-official Tasnim news agency": the name is the agency's own.
  if (end + 2 === last && lower[end + 1] === 'news' && lower[last] === 'agency') return false;
  for (let i = end + 1; i <= last; i++) {
    // "Thomas' sister": the apostrophe of a plural possessive, like "'s".
    if (i === end + 1 && (lower[i] === "'" || lower[i] === '’')) continue;
    if (kind[i] !== WORD || cap[i] === 1 || PREPOSITIONS.has(lower[i])) return false;
  }
  const acronym = start === end && isUndottedAcronym(doc.tokens.textOf(start));
  return !(acronym && ORG_HEADS.has(lower[last]));
}

function nameBeforeLink(doc: Doc, p: Phrase, start: number): [number, number] | null {
  const k = linkBefore(doc, p, start);
  return k - 1 >= p.first && doc.tokens.cap[k - 1] === 1 ? nameRun(doc, { first: p.first, last: k - 1 }) : null;
}

function spacedAround(doc: Doc, t: number): boolean {
  const { start, end } = doc.tokens;
  return t > 0 && start[t] > end[t - 1] && start[t + 1] > end[t];
}

function isUndottedAcronym(text: string): boolean {
  return ACRONYM.test(text) && !text.includes('.');
}

function orgLike(doc: Doc, a: number, b: number): boolean {
  const lower = doc.tokens.lower;
  for (let i = a; i <= b; i++) if (ORG_HEADS.has(lower[i]) && i === b) return true;
  // "the National Union of Miners": an organisation word with its complement, and no person's name after it
  // ("Governor of the Bank of England Mark Carney" ends in one).
  for (let i = a; i < b; i++) {
    if (ORG_HEADS.has(lower[i]) && (lower[i + 1] === 'of' || lower[i + 1] === 'for')) {
      for (let k = i + 2; k <= b; k++) if (FEMALE_NAMES.has(lower[k]) || MALE_NAMES.has(lower[k])) return false;
      return true;
    }
  }
  if (a !== b) return false;
  const text = doc.tokens.textOf(a);
  return ACRONYM.test(text) && text.length >= 2;
}

