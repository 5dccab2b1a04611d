/**
 * The source before a comma that closes an apposition or a relative clause: "Khaled Al-Maeena, editor at
 * large at the Saudi Gazette, said …", "… quotes Ann Ruiz, a chemist with the Water Board, who said …".
 */
import type { Doc } from '../doc';
import { phraseEndingAt, type Phrase } from '../mentions/np';
import { QUOTE, WORD } from '../text/tokenTable';
import { COORDINATORS } from './clauseShapes';
import { determinedAppositive } from './determinedNoun';
import type { Subject } from './subject';
import { nicknameOpening } from './nicknameQuote';

const NON_APPOSITION = /^(?:in|at|on|by|with|for|from|to|during|after|before|while|speaking|who|which|according|through|via|like|as|when|where|also|however|though|although|too)\b|ing\b/i;

/** The phrase before a comma that closes an apposition or parenthetical ending at token `comma`. */
export function subjectBeforeParenthetical(doc: Doc, comma: number, floor: number): Subject | null {
  const { kind, lower, cap } = doc.tokens;
  for (let j = comma - 1; j > floor && j > comma - 25; j--) {
    if (kind[j] === QUOTE) {
      // "the hacker known as "Ghost","": a nickname in the apposition (nicknameOpening.ts).
      const opening = nicknameOpening(doc, j);
      if (opening < 0) return null;
      j = opening;
      continue;
    }
    if (lower[j] !== ',') continue;
    // "Lee toured the site with aides, and addressing reporters later, asserted …": a participle joined by a
    // coordinator is no apposition; the verb after it is coordinated with the clause's own (its subject speaks).
    if (COORDINATORS.has(lower[j + 1]) && kind[j + 2] === WORD && lower[j + 2].endsWith('ing') && cap[j + 2] !== 1) return null;
    // "The speaker, who produced a bottle, asserted …": a determiner and a noun no role list holds.
    let phrase = phraseEndingAt(doc, j - 1, floor) ?? determinedAppositive(doc, j - 1, floor);
    if (!phrase) return null;
    let innerStart = j + 1;
    // "Cynthia Thompson, curator … at the University of Arkansas, Fayetteville, said": a role phrase
    // before the last comma is itself an apposition; the name is further back.
    for (let depth = 0; depth < 2 && cap[phrase.first] !== 1 && lower[phrase.first - 1] === ',' && phrase.first - 2 >= floor; depth++) {
      const before = phraseEndingAt(doc, phrase.first - 2, floor);
      // Not a name closing a fronted clause ("While aides spoke to The Star, a guard, who …, said").
      if (!before || cap[before.first] !== 1 || (before.first > floor && kind[before.first - 1] === WORD)) break;
      innerStart = phrase.first;
      phrase = before;
    }
    phrase = personBeforeAddress(doc, phrase, floor) ?? phrase;
    const inner = doc.text.slice(doc.tokens.start[innerStart], doc.tokens.end[comma - 1]);
    return { phrase, apposition: NON_APPOSITION.test(inner) ? null : inner };
  }
  return null;
}

const HOME_LINKS = new Set(['from', 'of', 'in']);

/**
 * "Sgt. Ann Ruiz from Dayton, Ohio, a medic with the brigade, said …": a short capitalised phrase after
 * "Town," is the state or country of an address, whose town follows "from"/"of"/"in" the person's name;
 * the apposition describes the person, not the state.
 */
function personBeforeAddress(doc: Doc, region: Phrase, floor: number): Phrase | null {
  const { lower, cap, kind } = doc.tokens;
  if (region.last - region.first > 2 || lower[region.first - 1] !== ',') return null;
  for (let k = region.first; k <= region.last; k++) if (kind[k] === WORD && cap[k] !== 1) return null;
  const town = phraseEndingAt(doc, region.first - 2, floor);
  if (!town || cap[town.first] !== 1) return null;
  // "Ann Ruiz from Dayton" may be one phrase (a name and its affiliation) or the town alone after "from".
  for (let k = town.first + 1; k < town.last; k++) if (HOME_LINKS.has(lower[k]) && cap[k - 1] === 1) return { first: town.first, last: k - 1 };
  if (!HOME_LINKS.has(lower[town.first - 1])) return null;
  const person = phraseEndingAt(doc, town.first - 2, floor);
  return person && cap[person.first] === 1 ? person : null;
}

/**
 * "… quotes Ann Ruiz, a chemist with the Water Board, who said …": before ", who", an appositive opened by
 * "a"/"an"/"the" describes the name before it; that name is the source, not the last noun of the description.
 */
export function nameBeforeIndefiniteAppositive(doc: Doc, comma: number, floor: number): Phrase | null {
  const { lower, kind, cap } = doc.tokens;
  for (let j = comma - 1; j > floor && j > comma - 20; j--) {
    if (kind[j] === QUOTE) return null;
    if (lower[j] !== ',') continue;
    // "Sen. Ann Lowe of Ohio, the ranking Democrat on the panel, who said …": a definite one too.
    if (lower[j + 1] !== 'a' && lower[j + 1] !== 'an' && lower[j + 1] !== 'the') return null;
    // Not a clause after the comma ("In May, the envoy discussed … with Queen Lena, who …"): the definite
    // appositive is one noun phrase up to the comma before "who".
    if (lower[j + 1] === 'the' && phraseEndingAt(doc, comma - 1, j + 1)?.first !== j + 1) return null;
    const name = phraseEndingAt(doc, j - 1, floor);
    // "was supported Friday by Sen. Ann Lowe of Ohio, the ranking …": the agent after "by", not the day before it.
    let first = name ? name.first : -1;
    for (let k = j - 2; name && k > name.first; k--) if (lower[k] === 'by') { first = k + 1; break; }
    return name && cap[first] === 1 ? { first, last: name.last } : null;
  }
  return null;
}
