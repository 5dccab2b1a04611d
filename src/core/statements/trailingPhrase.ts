/**
 * Prepositional adjuncts closing a postposed reporting clause: "…, her publicist stated on behalf of the
 * family." · "…, the ministry said via a spokesman." · "…, the club announced through its lawyers." ·
 * "…, the union said on Friday ahead of the vote." · "…, officials said at a briefing in the capital after
 * the meeting." Each adjunct is a preposition and a short noun phrase, and they run to the end of the
 * sentence; what follows must be those phrases alone ("…, he said on behalf of the family that …" and
 * "…, he said in May the plan had failed" carry content). Also the short time adjunct of isTrailingAdjunct
 * ("…, police said late on Sunday.", "…, officials said Friday night.").
 */
import type { Doc } from '../doc';
import { VERB_FORMS } from '../cues/lexicon';
import { SUBJECT_PRONOUNS, WEEKDAYS } from '../mentions/lexicon';
import { PUNCT, WORD } from '../text/tokenTable';
import { AUX, COMMON_VERBS, IRREGULAR_PAST } from './verbWords';

/** Prepositions of manner that close a reporting clause on their own ("…, the ministry said via a spokesman."). */
const MANNER = new Set(['through', 'via']);
/** Prepositions of time and place, which form a closing adjunct only after a postposed cue (see postposed.ts). */
// "…, the union leader said by telephone from Gdynia.", "…, she said over the phone.", "…, he said with a smile."
const PREPOSITIONS = new Set(['through', 'via', 'on', 'at', 'in', 'during', 'after', 'before', 'following', 'amid', 'since', 'from', 'outside', 'near', 'by', 'over', 'with']);
const MAX_LINKS = 4;
const MAX_PHRASE = 6;

/** The token after a preposition opening an adjunct at `i` ("via", "on behalf of", "ahead of"), or -1. */
function afterPreposition(doc: Doc, i: number): number {
  const lower = doc.tokens.lower;
  if (lower[i] === 'on' && lower[i + 1] === 'behalf' && lower[i + 2] === 'of') return i + 3;
  if ((lower[i] === 'ahead' || lower[i] === 'prior') && (lower[i + 1] === 'of' || lower[i + 1] === 'to')) return i + 2;
  return PREPOSITIONS.has(lower[i]) ? i + 1 : -1;
}

/** Whether token `k` may stand in an adjunct's noun phrase: a word that is no verb, pronoun subject or "that". */
function nounPhraseWord(doc: Doc, k: number): boolean {
  const { lower, kind } = doc.tokens;
  const word = lower[k];
  if (kind[k] !== WORD || word === 'that' || SUBJECT_PRONOUNS.has(word) || AUX.has(word) || COMMON_VERBS.has(word) || IRREGULAR_PAST.has(word)) return false;
  return !VERB_FORMS.has(word) || VERB_FORMS.get(word)!.inflection !== 'past';
}

/**
 * Whether tokens [i, last] are one or more prepositional adjuncts, each a preposition and a noun phrase; with
 * `chained` false, only one adjunct of manner ("via a spokesman", "on behalf of the family").
 */
export function isPrepositionalAdjunct(doc: Doc, i: number, last: number, chained = false): boolean {
  const lower = doc.tokens.lower;
  if (!chained && !MANNER.has(lower[i]) && !(lower[i] === 'on' && lower[i + 1] === 'behalf')) return false;
  let k = i;
  for (let link = 0; link < MAX_LINKS; link++) {
    // "on Friday with an image of the planes": "of" may join a later adjunct's noun to its complement.
    const head = link > 0 && lower[k] === 'of' ? k + 1 : afterPreposition(doc, k);
    if (head < 0 || head > last) return false;
    let j = head;
    while (j <= last && j < head + MAX_PHRASE && afterPreposition(doc, j) < 0 && nounPhraseWord(doc, j)) j++;
    if (j === head) return false;
    if (j > last) return true;
    if (!chained) return false;
    k = j;
  }
  return false;
}

/**
 * Words that open a time or place adjunct after a postposed cue ("on Sunday", "late on Friday", "at a news
 * conference"), and the bare weekday of wire copy ("…, police said Monday.", "…, officials said Friday night.").
 */
const DAY_PARTS = new Set(['morning', 'afternoon', 'evening', 'night']);
const ADJUNCT_OPENERS = new Set(['on', 'at', 'late', 'early', 'earlier', 'later', 'yesterday', 'today', 'tonight', 'overnight', 'last', 'this', 'afterwards']);
const MAX_ADJUNCT = 4;

/** Whether tokens [i, b] are only a short adjunct and the closing punctuation ("on Sunday.", not "on Monday that …"). */
export function isTrailingAdjunct(doc: Doc, i: number, b: number): boolean {
  const { lower, kind } = doc.tokens;
  let last = b;
  while (last > i && kind[last] === PUNCT) last--;
  if (isPrepositionalAdjunct(doc, i, last)) return true;
  // Only a part of the day may follow the weekday: "said Tuesday schools would reopen" carries a clause.
  if (WEEKDAYS.has(lower[i])) return last === i || (last === i + 1 && DAY_PARTS.has(lower[last]));
  if (!ADJUNCT_OPENERS.has(lower[i])) return false;
  if (last - i + 1 > MAX_ADJUNCT) return false;
  for (let k = i; k <= last; k++) {
    const word = lower[k];
    // "asserted this cured his cancer" is a clause: an adjunct holds no verb.
    if (kind[k] !== WORD || word === 'that' || word.endsWith('ing') || ((VERB_FORMS.has(word) || word.endsWith('ed')) && k > i)) return false;
  }
  return true;
}

/** The last token before "because" (or "as") after "anonymity" in [i, b], or null. */
export function anonymityReason(doc: Doc, i: number, b: number): number | null {
  const lower = doc.tokens.lower;
  for (let k = i + 1; k < b && k < i + 8; k++) if (lower[k - 1] === 'anonymity' && (lower[k] === 'because' || lower[k] === 'as' || lower[k] === 'since')) return k - 1;
  return null;
}
