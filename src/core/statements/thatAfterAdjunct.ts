/**
 * A short adverbial between a cue and its "that": "agreed in principle that …"; after a hearer, an adjunct
 * too ("told analysts on a conference call that …"). After a preposition the adjunct may hold a name ("said on
 * Twitter that …", "said in Geneva that …"), and when a preposition or a weekday opens it, it may be longer
 * ("said during a visit to the site that …", "said Tuesday night in a post on Facebook that …").
 */
import type { Doc } from '../doc';
import { CALENDAR, DETERMINERS } from '../mentions/lexicon';
import { VERB_FORMS } from '../cues/lexicon';
import { hasPluralEnding } from '../text/pluralSpelling';
import { WORD } from '../text/tokenTable';
import { ADJUNCT_PREPOSITIONS, relativeThat } from './contentStart';
import { FINITE_AUXILIARIES_AND_DO } from './verbWords';

const PREPOSITIONS_BEFORE_PRONOUN = new Set(['for', 'of', 'with', 'about', 'to', 'by', 'from', 'against', 'like']);
const PLACED_REACH = 8;
/** Adverbs of time that may open the adjunct before a preposition ("said earlier on Friday that …"). */
const TIME_ADVERBS = new Set(['earlier', 'later', 'again', 'previously', 'repeatedly', 'also', 'then']);
const MEDIUM_PARTICIPLES = new Set(['seen', 'obtained', 'reviewed', 'released', 'posted', 'issued', 'published', 'sent', 'signed', 'filed']);
const HEARER_REACH = 6;
const REACH = 4;
/** Nouns of time and manner that a demonstrative "that" goes with ("that way", "that night"). */
const DEMONSTRATED = new Set(['way', 'day', 'night', 'time', 'week', 'month', 'year', 'morning', 'afternoon', 'evening', 'weekend', 'moment', 'point']);
/** Coordinators: a "that" after one belongs to a coordinated verb ("said costs rose but warned that …"). */
const COORDINATORS = new Set(['and', 'but', 'or', 'yet']);
/**
 * A subject pronoun or a finite verb shows that the content clause has begun, so a later "that" is its own
 * determiner or degree word: "said he was home that night", "told the court it was that simple".
 */
const CLAUSE_WORDS = new Set([...FINITE_AUXILIARIES_AND_DO, 'he', 'she', 'they', 'we', 'i', 'it', 'you']);

/** Whether token `k` is a base form of the cue lexicon after a lowercase plural, its subject ("studies show"). */
function presentVerb(doc: Doc, k: number): boolean {
  const prev = doc.tokens.lower[k - 1] ?? '';
  return VERB_FORMS.get(doc.tokens.lower[k])?.inflection === 'base' && doc.tokens.cap[k - 1] !== 1 && hasPluralEnding(prev) && !DETERMINERS.has(prev);
}

/** The token of the "that" after a short adjunct starting at `i` (within sentence end `b`), or `i`. */
export function thatAfterAdjunct(doc: Doc, i: number, b: number, afterHearer: boolean): number {
  const { lower, cap, kind } = doc.tokens;
  // "said in a letter seen by the Borva Times that …": the participle of the cue's medium, then its agent.
  // "said ahead of Saturday's game that …", "said prior to the vote that …": a two-word preposition opens it too.
  // "admitted as part of his plea that …": "as (a) part of" too.
  const compound = (lower[i] === 'ahead' && lower[i + 1] === 'of') || (lower[i] === 'prior' && lower[i + 1] === 'to') || (lower[i] === 'as' && (lower[i + 1] === 'part' || (lower[i + 1] === 'a' && lower[i + 2] === 'part')));
  // "said earlier on Friday during a news conference that …": a time adverb before the prepositional adjunct.
  const timed = TIME_ADVERBS.has(lower[i]) && ADJUNCT_PREPOSITIONS.has(lower[i + 1]);
  const placed = compound || timed || ADJUNCT_PREPOSITIONS.has(lower[i]) || CALENDAR.has(lower[i]) || (MEDIUM_PARTICIPLES.has(lower[i]) && lower[i + 1] === 'by');
  const reach = placed ? PLACED_REACH : afterHearer ? HEARER_REACH : REACH;
  for (let k = i + 1; k <= i + reach && k <= b; k++) {
    const named = cap[k - 1] === 1 && !CALENDAR.has(lower[k - 1]) && !placed;
    // "expressed regret over his decision and suggested that …", "said costs rose but warned that …": the "that"
    // of a coordinated verb is not this cue's.
    if (kind[k - 1] !== WORD || named || COORDINATORS.has(lower[k - 1]) || CLAUSE_WORDS.has(lower[k - 1])) return i;
    // "chances for that appear nil": after a preposition, "that" is a pronoun, not the start of a clause.
    // "said studies show that …": the "that" of a present verb after its subject is that verb's, not this cue's.
    if (lower[k] === 'that' && presentVerb(doc, k - 1) && k - 1 > i) return i;
    // "urged people to seek shelter that way": "that" before a noun of time or manner is its determiner.
    if (lower[k] === 'that' && DEMONSTRATED.has(lower[k + 1] ?? '')) return i;
    if (lower[k] === 'that' && !['that', 'this', 'the'].includes(lower[i]) && !PREPOSITIONS_BEFORE_PRONOUN.has(lower[k - 1]) && !relativeThat(doc, k)) return k;
  }
  return i;
}
