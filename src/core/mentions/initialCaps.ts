/**
 * A capitalised word opening a sentence is capitalised by position, not because it is a name: "Reports of the
 * change followed …", "Radiation is leaking …", "Fire officials said …", "Earmarks added into the bill …".
 * Such a word names someone only with evidence: it is capitalised in mid-sentence somewhere in the article
 * ("Salmond" after "Alex Salmond"), it begins a run of capitalised words ("Naoto Kan said"), it is an acronym
 * or has an inner capital ("TEPCO", "McCain"), or it is a known given name, place, title or organisation word.
 */
import type { Doc } from '../doc';
import { QUOTE, WORD } from '../text/tokenTable';
import { personByPossessive } from './possessiveEvidence';
import { isWrittenLowercase } from './lowercaseEvidence';
import roles from '../data/roles.json';
import { BUSINESS_NAME_WORDS, FEMALE_NAMES, isStopWord, MALE_NAMES, ORG_HEADS, PLACES, ROLES, SENTENCE_ADVERBS, THING_ROLES, TITLES } from './lexicon';

// The document's word sets below are indexed by vocabulary id (a token's `wordId` is the id of its `lower`),
// one byte per distinct word: a Set of strings cost a hash lookup for each of the text's 700,000 tokens.
const midSentenceCaps = new WeakMap<Doc, Uint8Array>();

/** By word id, 1 for the words of the body written capitalised after the first word of a sentence (not after ":", an opening mark or a bracket opening a sentence). */
function capitalisedInside(doc: Doc): Uint8Array {
  let words = midSentenceCaps.get(doc);
  if (words) return words;
  const { cap, kind, lower, para, start, end, wordId } = doc.tokens;
  const found = new Uint8Array(doc.tokens.vocabulary.list.length);
  for (let k = 1; k < doc.tokens.length; k++) {
    if (cap[k] !== 1 || kind[k] !== WORD || para[k] < 0 || doc.sentStart[k] === k) continue;
    const prev = k - 1;
    const openingMark = kind[prev] === QUOTE && end[prev] === start[k];
    // "(There is no polling of the state, but …)": a function word opening a bracketed sentence.
    const openingBracket = lower[prev] === '(' && isStopWord(lower[k]);
    if (!openingMark && !openingBracket && lower[prev] !== ':') found[wordId[k]] = 1;
  }
  words = found;
  midSentenceCaps.set(doc, words);
  return words;
}

function hasNameShape(text: string): boolean {
  // "TEPCO", "NISA", "McCain", "iPhone", "G8": a capital or digit after the first letter.
  return /^.+[\p{Lu}\d]/u.test(text);
}

/**
 * "Sprinter Abebe Tolosa won …", "Climber Tenzin Rai and …": a sentence-initial word with an agent noun's ending
 * before two more capitalised words, no known given name and never capitalised in mid-sentence, is the
 * person's occupation, not the first word of the name.
 */
export function isOccupationAtStart(doc: Doc, k: number): boolean {
  const { cap, kind, lower } = doc.tokens;
  if (doc.sentStart[k] !== k || cap[k] !== 1 || kind[k] !== WORD || lower[k].length < 5) return false;
  if (!/(?:er|ist)$/.test(lower[k]) || FEMALE_NAMES.has(lower[k]) || MALE_NAMES.has(lower[k])) return false;
  if (cap[k + 1] !== 1 || kind[k + 1] !== WORD || cap[k + 2] !== 1 || kind[k + 2] !== WORD) return false;
  // Not "Porter Freight Lines", "Baker Street Bank": an organisation's name.
  for (let j = k + 1; cap[j] === 1 && kind[j] === WORD; j++) if (ORG_HEADS.has(lower[j]) || BUSINESS_NAME_WORDS.has(lower[j])) return false;
  return !nameShapeAt(doc.tokens.source, doc.tokens.start[k], doc.tokens.end[k]) && capitalisedInside(doc)[doc.tokens.wordId[k]] !== 1;
}

/**
 * "Carmaker Volta said", "Retailer Hallby said", "Farmers Jon and …": a role noun opening the sentence before a
 * single capitalised word describes the one named when the noun names a kind of organisation (carmaker,
 * retailer: no one's given name), is plural ("Retirees Ove and Britt Lund") or comes before a known given name
 * ("Chef Rina and …"). A singular person's role before an unknown word may be a name ("Farmer Brown said").
 * Never a title ("Senator Vance" keeps its own rule), an organisation word ("Union Carbide") or a given name,
 * nor a word capitalised mid-sentence.
 */
export function isRoleAtStart(doc: Doc, k: number): boolean {
  const { cap, kind, lower } = doc.tokens;
  if (doc.sentStart[k] !== k || cap[k] !== 1 || kind[k] !== WORD || cap[k + 1] !== 1 || kind[k + 1] !== WORD) return false;
  const w = lower[k];
  const plural = !ROLES.has(w) && w.endsWith('s') && ROLES.has(w.slice(0, -1));
  const role = THING_ROLES.has(w) || plural || (ROLES.has(w) && (FEMALE_NAMES.has(lower[k + 1]) || MALE_NAMES.has(lower[k + 1])));
  if (!role || TITLES.has(w) || ORG_HEADS.has(w) || FEMALE_NAMES.has(w) || MALE_NAMES.has(w)) return false;
  return capitalisedInside(doc)[doc.tokens.wordId[k]] !== 1;
}

/** Whether token `k` is a sentence-initial capitalised word with no evidence of being a name. */
export function isCommonAtStart(doc: Doc, k: number): boolean {
  const { cap, kind, sent } = doc.tokens;
  if (doc.sentStart[k] !== k || cap[k] !== 1 || kind[k] !== WORD) return false;
  if (cap[k + 1] === 1 && kind[k + 1] === WORD && sent[k + 1] === sent[k]) return false;
  // The five lexicon sets, asked once per distinct word.
  if (doc.tokens.wordClasses(knownWordClass)[doc.tokens.wordId[k]] === 1) return false;
  if (nameShapeAt(doc.tokens.source, doc.tokens.start[k], doc.tokens.end[k])) return false;
  if (describedByOrganisationNoun(doc, k)) return false;
  return capitalisedInside(doc)[doc.tokens.wordId[k]] !== 1 && !personByPossessive(doc, k);
}

/** Nouns describing an organisation by its kind ("a software firm", "a carmaker"), besides ORG_HEADS. */
const ORG_KINDS: ReadonlySet<string> = new Set(Object.keys(roles.descriptionNames));

/** Longest indefinite apposition read after an opening word ("a Danish software company"). */
const MAX_APPOSITION = 6;

/**
 * "Orbix, a software company, fired …": an opening word set off by an indefinite phrase headed by an
 * organisation noun and closed by a comma is that organisation's name (an adverb takes no such apposition:
 * "Further, a company spokesman said" has no comma after "spokesman" and no organisation head). Not a word
 * written in lowercase elsewhere or a function word.
 */
function describedByOrganisationNoun(doc: Doc, k: number): boolean {
  const { lower, kind, sent } = doc.tokens;
  if (lower[k + 1] !== ',' || (lower[k + 2] !== 'a' && lower[k + 2] !== 'an')) return false;
  if (isStopWord(lower[k]) || SENTENCE_ADVERBS.has(lower[k]) || isWrittenLowercase(doc, k)) return false;
  for (let j = k + 3; j <= k + 2 + MAX_APPOSITION && sent[j] === sent[k] && kind[j] === WORD; j++) {
    if (lower[j + 1] === ',') return j > k + 2 && (ORG_HEADS.has(lower[j]) || ORG_KINDS.has(lower[j]));
  }
  return false;
}

/**
 * "Countering claims that …, he replied": a word opening the sentence in "-ing" with a lowercase word after it,
 * a comma further on and no evidence of being a name is a participle or gerund, never a source ("Beijing says"
 * is a known place, "Manning said" a name met elsewhere in the article).
 */
export function isOpeningParticiple(doc: Doc, k: number): boolean {
  const { lower, kind, cap, sent } = doc.tokens;
  const word = lower[k];
  if (word.length < 6 || !word.endsWith('ing')) return false;
  if (kind[k + 1] !== WORD || cap[k + 1] === 1 || sent[k + 1] !== sent[k] || !isCommonAtStart(doc, k)) return false;
  // The participle's phrase closes with a comma before the clause ("Sterling claims he was misquoted" has none).
  for (let j = k + 2; j < k + 30 && sent[j] === sent[k]; j++) if (lower[j] === ',') return true;
  return false;
}

/**
 * "Further, the embassy said …", "Again, she …": a word opening the sentence and set off by a comma, with no
 * evidence of being a name, is an adverb, never a source, when it is a function word, a known sentence adverb
 * or written in lowercase elsewhere in the article.
 */
export function isOpeningAdverb(doc: Doc, k: number): boolean {
  const word = doc.tokens.lower[k];
  if (doc.tokens.lower[k + 1] !== ',' || !isCommonAtStart(doc, k)) return false;
  return isStopWord(word) || SENTENCE_ADVERBS.has(word) || isWrittenLowercase(doc, k);
}

/** 1 for a known given name, place, title or organisation word, else 0 (wordClasses). */
function knownWordClass(word: string): number {
  return FEMALE_NAMES.has(word) || MALE_NAMES.has(word) || PLACES.has(word) || TITLES.has(word) || ORG_HEADS.has(word) ? 1 : 0;
}

/** hasNameShape(text.slice(start, end)), read by char code when the text is ASCII without line breaks. */
function nameShapeAt(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128 || c === 10 || c === 13) return hasNameShape(text.slice(start, end));
    if (i > start && ((c >= 65 && c <= 90) || (c >= 48 && c <= 57))) return true;
  }
  return false;
}
