/**
 * A named subject's gender from the "his"/"her" of its own clause: "Climber Ida Nord lost her gloves on the
 * descent. Her guide, Pemba Sherpa, found them. "I was lucky," she said." — Ida Nord is "she", though her
 * first name is not in the lexicon; so is "Jamal Idris, who lost his job in March, …" "he".
 * The possessive must come in the verb group, before any other possible owner: a capitalised word, a
 * determiner ("Ida Nord thanked the doctor for his help": the doctor's), a clause boundary or punctuation.
 * An object "her" is no owner: "Tom Reed told her …", "Tom Reed helped her win" (after verbs that take a
 * person as object), "… asked her to leave" (a function word after it).
 */
import type { Doc } from '../doc';
import type { Gender } from './describe';
import { WORD } from '../text/tokenTable';

/** How many tokens after the name the possessive may stand. */
const REACH = 8;

/** Words that open another noun phrase or clause: an owner or a boundary before the possessive. */
const STOPS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'every', 'each', 'some', 'any', 'its', 'their', 'our', 'my', 'your', 'which', 'who', 'whom', 'whose', 'and', 'or', 'but', 'him', 'them', 'us', 'me', 'said', 'says', 'told', 'tells']);

/** Words after an object "her": "told her that …", "asked her to …", "gave her a …". */
const AFTER_OBJECT = new Set(['that', 'to', 'the', 'a', 'an', 'about', 'of', 'in', 'on', 'at', 'for', 'with', 'from', 'by', 'and', 'or', 'but', 'if', 'whether', 'what', 'how', 'why', 'when', 'where', 'into', 'up', 'out', 'down', 'off', 'back', 'away', 'as', 'was', 'is', 'had', 'has', 'would', 'could', 'will']);

/** Verbs whose "her" is most often their object ("helped her win", "saw her leave"). */
const OBJECT_VERBS = new Set(['told', 'tells', 'asked', 'asks', 'gave', 'gives', 'helped', 'helps', 'let', 'lets', 'made', 'makes', 'saw', 'sees', 'heard', 'hears', 'urged', 'allowed', 'sent', 'showed', 'offered', 'taught', 'called', 'thanked', 'paid', 'left', 'warned', 'kept', 'invited', 'forced', 'persuaded', 'encouraged', 'convinced', 'got', 'had', 'watched', 'met', 'married', 'loved', 'hired', 'fired', 'joined', 'visited', 'named', 'appointed', 'replaced', 'beat', 'defeated', 'accused', 'blamed', 'praised', 'criticised', 'criticized', 'described', 'found', 'wished']);

/** The gender a "his"/"her" after the name (first..last) shows, or null. */
export function ownerGender(doc: Doc, first: number, last: number): Gender {
  const { lower, cap, kind, sent } = doc.tokens;
  let j = last + 1;
  // "Jamal Idris, who lost his job …": the relative clause is about the name.
  if (lower[j] === ',' && lower[j + 1] === 'who') j += 2;
  for (const end = j + REACH; j < end && j < lower.length && sent[j] === sent[first]; j++) {
    const w = lower[j];
    if (kind[j] !== WORD || cap[j] === 1) return null;
    if (w === 'his' || w === 'himself') return 'male';
    if (w === 'herself') return 'female';
    if (w === 'her') {
      const after = j + 1 < lower.length && sent[j + 1] === sent[first] && kind[j + 1] === WORD && cap[j + 1] !== 1 ? lower[j + 1] : null;
      return after !== null && !AFTER_OBJECT.has(after) && !OBJECT_VERBS.has(lower[j - 1]) ? 'female' : null;
    }
    if (STOPS.has(w)) return null;
  }
  return null;
}

/**
 * "Her guide, Pemba Sherpa, found them": a name in apposition to a role owned by "her"/"his" (at most three
 * lowercase words: "His longtime business partner") that opens the sentence — someone known by their relation
 * to the owner. Returns the owner's word, or null.
 */
export function ownedRoleBefore(doc: Doc, first: number): 'her' | 'his' | null {
  const { lower, cap, kind, sent } = doc.tokens;
  if (first < 3 || lower[first - 1] !== ',') return null;
  for (let j = first - 2; j >= first - 5 && j >= 0 && sent[j] === sent[first]; j--) {
    const w = lower[j];
    // The role opens the sentence or a conjoined phrase: not "… from his 2012 campaign, Ubertaccio notes …".
    if (w === 'her' || w === 'his') return doc.sentStart[j] === j || lower[j - 1] === 'and' ? w : null;
    if (kind[j] !== WORD || cap[j] === 1) return null;
  }
  return null;
}
