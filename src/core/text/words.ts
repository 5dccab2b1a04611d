/**
 * What a word's text tells, worked out once per distinct word (the Vocabulary keeps the answers): its
 * lowercase form, whether it is capitalised ("Putin", and particle names: "al-Amr", "d'Estaing"), starts
 * with a digit or has an uppercase letter or digit, and whether it is an abbreviation before a period.
 */
import abbreviations from '../data/abbreviations.json';
import { detached, type Vocabulary, type WordInfo } from './vocabulary';

const TITLES = new Set<string>(abbreviations.titles);
const OTHER = new Set<string>(abbreviations.other);
const MONTHS = new Set<string>(abbreviations.months);
const UPPER = /^\p{Lu}/u;
export const UPPER_OR_DIGIT = /[\p{Lu}\d]/u;
/** Names with a lowercase particle: "al-Amr", "d'Estaing". */
const PARTICLE_NAME = /^(?:al|el|ad|as|ash|bin|ibn|abu|d|de|l|o|van|von)[-'’]\p{Lu}/u;

/** Whether `word` followed by "." is an abbreviation ("Mr", "U.S", "W", "Calif"; "No" only before a digit). */
function isAbbreviation(word: string, text: string, dot: number): boolean {
  // "Rep. Ann Lee (D-Calif.) said": after a party letter and a hyphen, the last part decides (a state); not
  // "Plan-B." or "Hanson-Co." ending a sentence.
  const dash = word.lastIndexOf('-');
  if (dash === 1 && UPPER.test(word) && dash < word.length - 1) return isAbbreviation(word.slice(dash + 1), text, dot);
  if (word.length > 6 && !word.includes('.')) return false;
  const lower = word.toLowerCase();
  if (TITLES.has(lower)) return true;
  // "George W. Bush", but "…, the office said on X." closing its paragraph: no name follows the letter.
  // "Roe v. Wade": the lowercase "v" of a case name, before the second party's capital.
  if (word === 'v') return /^\s+\p{Lu}/u.test(text.slice(dot + 1, dot + 4));
  if (word.length === 1) return startsUpper(word) && !endsParagraph(text, dot);
  if (word.includes('.') && /^(?:\p{L}\.)+\p{L}$/u.test(word)) return true;
  if (lower === 'no' || lower === 'nos') return /\s\d/.test(text.slice(dot + 1, dot + 3));
  // "on Jan. 12", "in Jan. and Feb."; but "a cousin named Ali Jan. His family …" ends its sentence with a name.
  if (MONTHS.has(lower)) return /^\s+(?:\d|\p{Ll})/u.test(text.slice(dot + 1, dot + 4));
  return OTHER.has(lower) && (UPPER.test(word) || lower.length <= 3);
}

/** Whether only spaces stand between the period at `dot` and a line break or the end of the text. */
function endsParagraph(text: string, dot: number): boolean {
  for (let i = dot + 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return true;
    if (c !== 32 && c !== 9) return false;
  }
  return true;
}

/** "No." is an abbreviation only before a number, and a capital letter only before more text: no memo. */
function dependsOnContext(lower: string): boolean {
  return lower === 'no' || lower === 'nos' || lower.length === 1 || MONTHS.has(lower);
}

export function abbreviationAt(info: WordInfo, text: string, dot: number): boolean {
  if (info.abbreviation !== undefined) return info.abbreviation;
  const answer = isAbbreviation(info.word, text, dot);
  if (!dependsOnContext(info.lower)) info.abbreviation = answer;
  return answer;
}

export function infoAt(cache: Vocabulary, text: string, start: number, end: number): WordInfo {
  return cache.words.get(text, start, end, makePlainInfo, cache);
}

/** The info of a word seen for the first time (`word` is a slice of the text being tokenized). */
export function makePlainInfo(word: string, vocabulary: Vocabulary): WordInfo {
  return makeInfo(vocabulary, detached(word), false);
}

function startsUpper(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return UPPER.test(word);
}

/** Whether an ASCII-only word has no uppercase letter (so it is its own lowercase form). */
function isLowerAscii(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if ((c >= 65 && c <= 90) || c > 127) return false;
  }
  return true;
}

function hasJoiner(word: string): boolean {
  for (let i = 1; i < word.length && i < 5; i++) {
    const c = word.charCodeAt(i);
    if (c === 45 || c === 39 || c === 0x2019) return true;
  }
  return false;
}

/** The info of `word` (with its period when `abbr`): `word` must not be a slice of a text (see detached). */
export function makeInfo(cache: Vocabulary, word: string, abbr: boolean): WordInfo {
  cache.characters += word.length;
  const bare = abbr ? word.slice(0, -1) : word;
  const lower = isLowerAscii(bare) ? bare : bare.toLowerCase();
  const cap = startsUpper(word) || (word.length > 2 && hasJoiner(word) && PARTICLE_NAME.test(word));
  const first = word.charCodeAt(0);
  const digitFirst = first >= 48 && first <= 57;
  // All fields set, the memo ones too: one object shape for every word keeps the tokenizer monomorphic.
  return { word, lower, id: cache.idOf(lower), flags: (cap ? 1 : 0) | (digitFirst ? 4 : 0) | (UPPER_OR_DIGIT.test(word) ? 8 : 0), abbreviation: undefined, dotted: undefined };
}
