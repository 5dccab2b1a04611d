/**
 * A determiner and one to three lowercase words next to a cue name its source even when the noun is in no
 * role list (the lists cannot hold every trade: abbot, attendee, passer-by, shopkeeper …). Read backwards
 * from a cue inside a sentence, or forwards after a quotation.
 */
import type { Doc } from '../doc';
import type { Phrase } from '../mentions/np';
import { isStopWord } from '../mentions/lexicon';
import { WORD } from '../text/tokenTable';

// Number words too: "Four percent said abdication should never be allowed" (a poll's share speaks).
// Quantifiers as well: "Both sides said …", "Most analysts expect …".
const SUBJECT_DETERMINERS = new Set(['the', 'a', 'an', 'one', 'another', 'this', 'his', 'her', 'their', 'its', 'our', 'my', 'several', 'some', 'many', 'both', 'most', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten']);
/** The narrower set read after a quotation (`"…" one attendee noted online`). */
const DETERMINERS_AFTER_QUOTE = new Set(['one', 'a', 'an', 'another', 'the']);

/**
 * "The abbot said …", "A harbour master confirmed …", "…, rangers said.": a determiner (or a comma and a
 * bare plural) and the words up to token `last`, right before a cue.
 */
export function determinedNoun(doc: Doc, last: number, floor: number): Phrase | null {
  const { lower, kind, cap } = doc.tokens;
  for (let k = last; k >= floor && k >= last - 3; k--) {
    // "…, rangers said on Sunday.": a bare plural noun after a comma is the source of a postposed cue.
    if (lower[k] === ',' && k < last && k >= last - 2 && lower[last].endsWith('s')) return { first: k + 1, last };
    if (kind[k] !== WORD) return null;
    // "all three candidates", "the two sides": a determiner before a numeral opens the phrase.
    // "One fisherman said the catch was smaller. Another said …": "another" alone stands for a second one.
    if (k === last && lower[k] === 'another') return { first: k, last };
    if (SUBJECT_DETERMINERS.has(lower[k])) return k < last ? { first: k > floor && SUBJECT_DETERMINERS.has(lower[k - 1]) ? k - 1 : k, last } : null;
    if (cap[k] === 1 || isStopWord(lower[k])) return null;
  }
  return null;
}

/** A determiner and its noun before a comma; not a bare plural, which there ends a list ("chicken noises, and"). */
export function determinedAppositive(doc: Doc, last: number, floor: number): Phrase | null {
  const noun = determinedNoun(doc, last, floor);
  return noun && SUBJECT_DETERMINERS.has(doc.tokens.lower[noun.first]) ? noun : null;
}

/** `"…" one attendee noted online` · `"…," a bystander told reporters`: the phrase from token `j` to a cue. */
export function determinedNounBeforeCue(doc: Doc, j: number, cueAt: (tok: number) => boolean): Phrase | null {
  const { lower, kind, cap, sent } = doc.tokens;
  if (!DETERMINERS_AFTER_QUOTE.has(lower[j])) return null;
  // `"We used to fill the boat," another said.`
  if (lower[j] === 'another' && cueAt(j + 1)) return { first: j, last: j };
  for (let e = j + 1; e <= j + 3 && sent[e] === sent[j]; e++) {
    if (kind[e] !== WORD || cap[e] === 1 || isStopWord(lower[e])) return null;
    if (cueAt(e + 1)) return { first: j, last: e };
  }
  return null;
}

const ORDINALS = new Set(['second', 'third', 'fourth', 'fifth']);

/**
 * `"…," said another.` · `"…," said a second.`: "another" or "a second" alone closing the sentence after an
 * inverted cue names a further source.
 */
export function loneAnotherAt(doc: Doc, k: number): Phrase | null {
  const { lower, kind, sent } = doc.tokens;
  const last = lower[k] === 'another' ? k : lower[k] === 'a' && ORDINALS.has(lower[k + 1]) ? k + 1 : -1;
  return last >= 0 && (kind[last + 1] !== WORD || sent[last + 1] !== sent[k]) ? { first: k, last } : null;
}
