/**
 * Clause shapes the content tests need: a subject with a relative clause before its verb ("a bomber who
 * attacked the base was a Jordanian"), a second predicate of the source after ", and" ("…, and felt …") and a
 * new source with a cue of its own after a comma ("…, one of his aides told reporters …").
 */
import type { Doc } from '../doc';
import { VERB_FORMS } from '../cues/lexicon';
import { WORD } from '../text/tokenTable';
import { AUX, COMMON_VERBS, FINITE_AUXILIARIES, IRREGULAR_PAST } from './verbWords';

export const RELATIVE: ReadonlySet<string> = new Set(['that', 'which', 'who', 'whom', 'whose']);
export const COORDINATORS: ReadonlySet<string> = new Set(['and', 'but', 'or']);
/** Subordinators whose clause is not the content's own ("… if the process is perceived as stalling"). */
export const SUBORDINATORS: ReadonlySet<string> = new Set(['if', 'unless', 'because', 'although', 'though', 'whereas', 'until']);
/** Prepositions after which "that" is a determiner and a past form has no clause ("derailed at high speed"). */
export const PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'at', 'on', 'of', 'for', 'from', 'by', 'with', 'to', 'during', 'since', 'until', 'after', 'before', 'about', 'like']);

/**
 * "a suicide bomber who attacked the base last week was a Jordanian": after a relative clause in the subject,
 * a finite verb following a noun is the main verb, so the words are a clause. "the locations that would be
 * given the orbiters" has the relative clause's verb only: a noun object.
 */
export function verbAfterRelative(doc: Doc, relative: number, to: number): boolean {
  const { lower, kind } = doc.tokens;
  let ownVerb = false;
  for (let k = relative + 1; k <= to && k <= relative + 25; k++) {
    const word = lower[k];
    if (kind[k] !== WORD || COORDINATORS.has(word) || RELATIVE.has(word)) return false;
    // "foreign nationals who disrespect the law can be …": right after "who", a lowercase word is its verb.
    // (Not a verb of saying: "a man who said he was with them" holds its own content clause.)
    const afterWho = k === relative + 1 && lower[relative] === 'who' && doc.tokens.cap[k] !== 1 && !VERB_FORMS.has(word);
    if (!ownVerb) { ownVerb = afterWho || AUX.has(word) || COMMON_VERBS.has(word) || IRREGULAR_PAST.has(word) || (word.endsWith('ed') && word.length > 4); continue; }
    if (FINITE_AUXILIARIES.has(word) && kind[k - 1] === WORD && !AUX.has(lower[k - 1]) && !lower[k - 1].endsWith('ed')) return true;
  }
  return false;
}

/**
 * "The brothers claim that the fight involved a large group, and felt they were acting in self defense": after
 * ", and", a past verb with no subject of its own and then a clause is the source's second predicate.
 */
export function sourcePredicate(doc: Doc, k: number): boolean {
  const { lower } = doc.tokens;
  if (lower[k] !== 'and' && lower[k] !== 'but') return false;
  const verb = lower[k + 1] ?? '';
  const past = IRREGULAR_PAST.has(verb) || COMMON_VERBS.has(verb) || (verb.endsWith('ed') && verb.length > 4);
  return past && (lower[k + 2] === 'that' || /^(?:he|she|they|we|it|i)$/.test(lower[k + 2] ?? ''));
}

const SOURCE_STARTS = new Set(['the', 'a', 'an', 'one', 'two', 'some', 'many', 'most', 'several', 'other', 'others', 'his', 'her', 'its', 'their', 'new', 'local', 'state']);
const MAX_SOURCE = 9;

/**
 * "Some sources have said …, one of his associates told news outlets …", "…, but officials along with
 * experts say …", "…, with new reports saying …": a longer source and its own finite cue (or "with" and a
 * participle) after the comma start a new statement.
 */
export function sourceThenCue(doc: Doc, k: number, isCueAt: (tok: number) => boolean): boolean {
  const { lower, kind, cap } = doc.tokens;
  const withParticiple = lower[k] === 'with';
  if (withParticiple) k++;
  if (!SOURCE_STARTS.has(lower[k]) && cap[k] !== 1) return false;
  for (let j = k + 1; j <= k + MAX_SOURCE && j < doc.tokens.length; j++) {
    if (kind[j] !== WORD) return false;
    if (isCueAt(j)) return lower[j + 1] !== ',' && lower[j].endsWith('ing') === withParticiple;
    if (AUX.has(lower[j]) && !isCueAt(j + 1) && !(lower[j + 1] === 'also' && isCueAt(j + 2))) return false;
    if (RELATIVE.has(lower[j]) || SUBORDINATORS.has(lower[j])) return false;
  }
  return false;
}

/** Names in a list: at most this many tokens ("Okafor, Bello and Musa", "Ana Ruiz, Tom Hale and Li Wei"). */
const MAX_NAME_LIST = 16;

/**
 * "said Okafor, Bello and Musa accounted for most of the votes": a list of capitalised names, its commas and
 * its "and", opens a clause as one subject. Returns the list's last token, or -1 when the words are no such
 * list (a single name, a lowercase word among them, no "and" before the last name).
 */
export function nameListEnd(doc: Doc, from: number): number {
  const { lower, kind, cap } = doc.tokens;
  let commas = 0;
  for (let k = from; k < from + MAX_NAME_LIST && k < doc.tokens.length; k++) {
    if (kind[k] === WORD && cap[k] === 1) continue;
    if (lower[k] === ',' && kind[k - 1] === WORD && cap[k - 1] === 1) { commas++; continue; }
    if (lower[k] !== 'and' || commas === 0 || cap[k + 1] !== 1 || kind[k + 1] !== WORD) return -1;
    let last = k + 1;
    while (kind[last + 1] === WORD && cap[last + 1] === 1) last++;
    return last;
  }
  return -1;
}
