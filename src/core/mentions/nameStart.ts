/**
 * Where a person's name starts, or whether there is one, inside a run of capitalised words of a source phrase:
 * after an organisation word only before a real name ("the Polling Institute Dana Pike", not "Office Depot"),
 * a name first and then its affiliation ("Matthew Ingram of The Globe and Mail"), no name at all in an office's
 * portfolio ("the Minister of Foreign Affairs").
 */
import type { Doc } from '../doc';
import type { Phrase } from './np';
import { DETERMINERS, EPITHET_WORDS, FEMALE_NAMES, MALE_NAMES, ORG_HEADS, PORTFOLIOS, TITLES } from './lexicon';
import { WORD } from '../text/tokenTable';
import { isOccupationAtStart } from './initialCaps';

const AFFILIATION = new Set(['of', 'at', 'from']);
const PARTY_ADJECTIVES = new Set(['democratic', 'republican']);
const givenName = (w: string) => FEMALE_NAMES.has(w) || MALE_NAMES.has(w);

/**
 * After an organisation word, the capitalised words [a, end] are a person's name only when there are two or more
 * of them or the first is a known given name: "the Polling Institute Dana Pike" splits before "Dana", while
 * "Office Depot", "Police Scotland", "BBC News Online" and "Union Pacific" are each one organisation's name. A
 * title after it is the office of someone unnamed ("the Farmers' Union Chairman"), split off as before.
 */
export function namesPersonAfter(doc: Doc, a: number, end: number): boolean {
  const lower = doc.tokens.lower;
  return end > a || TITLES.has(lower[a]) || givenName(lower[a]);
}

/** "Matthew Ingram of The Globe and Mail": a person's name first, then an affiliation. */
export function leadingPersonRun(doc: Doc, p: Phrase): [number, number] | null {
  const { kind, cap, lower } = doc.tokens;
  // "Professor Alan Grieve of Imperial College London": titles before the name are no part of it.
  let first = p.first;
  // "Republican Rep. Lee Zeldin of New York", "Democratic Sen. Ann Lowe of Ohio": a party or nationality word
  // before a title as well.
  const epithet = (k: number) => (EPITHET_WORDS.has(lower[k]) || PARTY_ADJECTIVES.has(lower[k])) && TITLES.has(lower[k + 1]);
  while (first < p.last && cap[first] === 1 && (TITLES.has(lower[first]) || epithet(first))) first++;
  let i = first;
  while (i <= p.last && kind[i] === WORD && cap[i] === 1 && !DETERMINERS.has(lower[i]) && !ORG_HEADS.has(lower[i]) && !TITLES.has(lower[i])) i++;
  // "Lydia Buchtmann for Food Standards Australia": "for" after a name opened by a known given name.
  const forAffiliation = lower[i] === 'for' && (FEMALE_NAMES.has(lower[first]) || MALE_NAMES.has(lower[first]));
  if (i - first < 2 || i > p.last || !(AFFILIATION.has(lower[i]) || forAffiliation)) return null;
  // "Cyclist Owen Pritchard of Britain": a word before a known given name that opens two more is no part of the name.
  if (i - first >= 3 && !givenName(lower[first]) && (givenName(lower[first + 1]) || isOccupationAtStart(doc, first))) first++;
  return [first, i - 1];
}

/**
 * "the Minister of Foreign Affairs", "the Secretary for Health": after an office's "of"/"for", capitalised
 * portfolio words (tokens [nameStart, end]) name its field, not a person ("Secretary of State Mike Pompeo" keeps
 * "Mike Pompeo").
 */
export function namesPortfolio(doc: Doc, start: number, nameStart: number, end: number): boolean {
  const lower = doc.tokens.lower;
  let office = false;
  for (let k = start; k < end; k++) if (lower[k] === 'of' || lower[k] === 'for') office = true;
  if (!office) return false;
  for (let k = nameStart; k <= end; k++) if (!PORTFOLIOS.has(lower[k]) && lower[k] !== 'and' && lower[k] !== '&') return false;
  return true;
}
