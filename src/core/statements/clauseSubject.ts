/**
 * The subject of a clause, read from the clause's opening: "After the talks, Bush said …" → Bush,
 * "Writing in PPR, the institute's journal, Jasper Gerard has argued …" → Jasper Gerard.
 */
import type { Doc } from '../doc';
import { phraseStartingAt, type Phrase } from '../mentions/np';
import { FRONTED_BEFORE_SUBJECT, SENTENCE_ADVERBS, SUBJECT_PRONOUNS } from '../mentions/lexicon';
import { COMMON_VERBS, IRREGULAR_PAST } from './verbWords';
import { isOpeningAdverb } from '../mentions/initialCaps';
import { WORD } from '../text/tokenTable';
import { openingOutsideQuote } from './sentenceOpening';
import { afterSemicolon } from './clauseStarts';
import { timePhraseEnd } from './timeAdjunct';
import { listEnd } from './listComma';
import { afterClockStamp } from './clockStamp';
import { partitiveStartingAt } from './partitive';

/** The start of the sentence holding token `i`, looking back at most 60 tokens (bounded work per cue). */
export function sentenceStart(doc: Doc, i: number): number {
  return Math.max(doc.sentStart[i], i - 60);
}

/** The subject of the clause holding token `before`: the first phrase after any fronted adverbial. */
const SENTENCE_CONJUNCTIONS = new Set(['but', 'and', 'yet', 'so']);
/** Words of a fronted time phrase without its comma, up to its last word ("A few minutes later"). */
const MAX_TIME_PHRASE = 5;

export function clauseSubject(doc: Doc, before: number): Phrase | null {
  const lower = doc.tokens.lower;
  // "11:00 am – Police receive calls saying …": past a live blog's time stamp (clockStamp.ts).
  const opening = afterClockStamp(doc, afterSemicolon(doc, openingOutsideQuote(doc, sentenceStart(doc, before), before), before), before);
  let k = afterFrontedPhrases(doc, opening, before);
  // "But Sanders is suggesting …", "And the mayor is saying …": a conjunction opening the sentence is no subject.
  if (SENTENCE_CONJUNCTIONS.has(lower[k]) && k + 1 < before) k = afterFrontedPhrases(doc, k + 1, before);
  // "A few minutes later they reversed themselves and said …": a time phrase without its comma before a pronoun.
  for (let j = k + 1; j < k + MAX_TIME_PHRASE && j + 1 < before; j++) {
    if (doc.tokens.kind[j] !== WORD) break;
    if (TIME_ENDS.has(lower[j]) && SUBJECT_PRONOUNS.has(lower[j + 1])) { k = j + 1; break; }
  }
  // "Later he grew impatient and said …": a sentence adverb without its comma before a subject pronoun.
  if (SENTENCE_ADVERBS.has(lower[k]) && SUBJECT_PRONOUNS.has(lower[k + 1]) && k + 1 < before) k++;
  if (SUBJECT_PRONOUNS.has(lower[k]) && k < before) return { first: k, last: k };
  // "One of them went on to say …": a partitive subject (partitive.ts), which the phrase walk stops inside.
  const phrase = partitiveStartingAt(doc, k) ?? phraseStartingAt(doc, k);
  if (phrase && k > opening) return afterFrontedApposition(doc, phrase, before);
  return phrase && phrase.last < before ? phrase : null;
}

/** Prepositions after a participle that describes a fronted phrase ("held at", "hosted by"). */
const PARTICIPLE_PREPOSITIONS = new Set(['at', 'by', 'in', 'on', 'near', 'outside', 'inside', 'from', 'for']);

/** Last words of a fronted time adverbial: "Two weeks earlier, …", "A day later, …", "Years ago, …". */
const TIME_ENDS = new Set(['earlier', 'later', 'ago', 'afterwards', 'afterward']);

/**
 * Skips the fronted phrases a comma closes before the subject, up to three in a row: "After the talks, Bush
 * said …", "Two weeks earlier, on May 3, 2009, the envoy urged …" (a time adverbial, then a dated phrase
 * whose year follows the date's own comma).
 */
function afterFrontedPhrases(doc: Doc, opening: number, before: number): number {
  const { lower, kind, digitFirst } = doc.tokens;
  let k = opening;
  for (let round = 0; round < 3; round++) {
    // A punctuation token's `lower` is the mark itself.
    let comma = -1;
    for (let j = k; j < before && j < k + 30; j++) if (lower[j] === ',') { comma = j; break; }
    if (comma < 0) return k;
    // "Alleging Iran has set up "emirates" in Kuwait, Bahrain, and Yemen, his picture …": a list of names
    // inside the fronted phrase; its last comma closes the phrase (fronted/listComma.ts).
    const listed = listEnd(doc, comma, before);
    if (listed > 0) comma = listed;
    // "Again accompanied by Sarkozy, she recounted …": a subject pronoun after the first comma ends a fronted phrase.
    const pronounAfter = comma > k && SUBJECT_PRONOUNS.has(lower[comma + 1]) && kind[comma + 2] === WORD;
    // "Late last month, the council voted …", "Early March this year, …": a time phrase up to the comma.
    const time = TIME_ENDS.has(lower[comma - 1]) || timePhraseEnd(doc, k) === comma || relativeTime(doc, k, comma);
    const fronted = FRONTED_BEFORE_SUBJECT.has(lower[k]) || lower[k].endsWith('ing') || pronounAfter || isOpeningAdverb(doc, k) || time || (round > 0 && modifiesFronted(doc, k));
    if (!fronted) return k;
    k = comma + 1;
    // "In a court in Alexandria, Va., Lazar said …": a state's abbreviation closes the fronted place.
    if (doc.tokens.abbr[k] === 1 && doc.tokens.cap[k] === 1 && cap1(doc, comma - 1) && lower[k + 1] === ',' && k + 2 < before) k += 2;
    if (digitFirst[k] === 1 && lower[k + 1] === ',' && digitFirst[k - 2] === 1) k += 2;
    // Only a time or dated phrase may follow the first one ("Two weeks earlier, on May 3, …").
    if (!(FRONTED_BEFORE_SUBJECT.has(lower[k]) || modifiesFronted(doc, k)) || round === 2) return k;
  }
  return k;
}

/** "The next month, …", "That same day, …", "The following week, …": a time told from the story's own time. */
function relativeTime(doc: Doc, k: number, comma: number): boolean {
  const lower = doc.tokens.lower;
  return comma === k + 3 && (lower[k] === 'the' || lower[k] === 'that') && RELATIVE_TIME.has(lower[k + 1]) && TIME_UNITS.has(lower[k + 2]);
}
const RELATIVE_TIME = new Set(['next', 'following', 'same', 'previous']);
const TIME_UNITS = new Set(['day', 'week', 'month', 'year', 'morning', 'afternoon', 'evening', 'night', 'weekend']);

/** Whether token `k` is a capitalised word (the place before a state's abbreviation). */
function cap1(doc: Doc, k: number): boolean {
  return doc.tokens.cap[k] === 1 && doc.tokens.kind[k] === WORD;
}

/**
 * "At the dinner, held at the Grand Hotel, Okafor thanked …": a lowercase past participle right after a
 * fronted phrase's comma describes that phrase (the dinner was held), so the subject comes after its comma.
 */
function modifiesFronted(doc: Doc, k: number): boolean {
  const { lower, cap } = doc.tokens;
  const w = lower[k];
  const past = w.endsWith('ed') || IRREGULAR_PAST.has(w) || COMMON_VERBS.has(w);
  return cap[k] !== 1 && past && lower[k - 1] === ',' && PARTICIPLE_PREPOSITIONS.has(lower[k + 1] ?? '');
}

/**
 * "Writing in PPR, the institute's journal, Jasper Gerard has argued …": a description set off by commas
 * right after a fronted clause belongs to that clause; the subject is the phrase followed by the verb.
 * A name first keeps its own apposition ("After the talks, Bush, the president, said …").
 */
function afterFrontedApposition(doc: Doc, phrase: Phrase, before: number): Phrase | null {
  const { lower, kind } = doc.tokens;
  let comma = phrase.last + 1;
  while (comma < before && comma < phrase.first + 12 && kind[comma] === WORD) comma++;
  if (lower[comma] === ',' && /^(?:the|a|an)$/.test(lower[phrase.first])) {
    const next = phraseStartingAt(doc, comma + 1);
    if (next && next.last < before && kind[next.last + 1] === WORD) return next;
  }
  return phrase.last < before ? phrase : null;
}
