/**
 * Whether the words after a reporting cue are a clause at all (where one stops: clauseEnd.ts). "announced
 * the locations that would be given …" has a noun object, not a clause; "announces where four orbiters will
 * be displayed" and "said the boy was welcome" do.
 */
import type { Doc } from '../doc';
import { VERB_FORMS } from '../cues/lexicon';
import { QUOTE, WORD } from '../text/tokenTable';
import { endsInSingleS, hasPluralEnding } from '../text/pluralSpelling';
import { subjectlessPast } from './subjectlessPast';
import { AUX, COMMON_VERBS, IRREGULAR_PAST } from './verbWords';
import { isCommonAtStart } from '../mentions/initialCaps';
import { COORDINATORS, PREPOSITIONS, RELATIVE, SUBORDINATORS, nameListEnd, verbAfterRelative } from './clauseShapes';
import { nextComma } from './clauseBounds';
import { pluralPresentAt } from './pluralPresent';
import { isRoleWord } from '../mentions/npClasses';

/** Pronouns that are only objects (not "her", which may be a possessive opening a subject, nor "us", the "US" of a subject). */
const OBJECT_ONLY = new Set(['him', 'them', 'me']);
const CLAUSE_OPENERS = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you', 'there', 'where', 'what', 'whether', 'if', 'how', 'why', 'when', 'who', 'which']);
/** A subject pronoun fused with its auxiliary, one token: "says he'd vote again", "said they're leaving". */
const CONTRACTED_SUBJECT = /^(?:he|she|they|we|i|you|it|there)['\u2019](?:d|ll|ve|s|re|m)$/;
// Time and linking adverbials too: "This afternoon, the former minister was taken into custody, …".
const FRONTED = new Set(['by', 'in', 'on', 'at', 'after', 'before', 'during', 'since', 'until', 'despite', 'although', 'though', 'because', 'once', 'unless', 'while', 'as', 'for', 'without', 'with', 'under', 'given', 'according', 'this', 'last', 'next', 'earlier', 'later', 'yesterday', 'today', 'tonight', 'overnight', 'meanwhile', 'however', 'separately', 'previously', 'additionally', 'moreover', 'furthermore', 'elsewhere']);
/** A parenthesis after the subject ("the suspect, a 32-year-old man, was arrested") spans at most this many tokens. */
const MAX_PARENTHESIS = 25;
/** Regular pasts of four letters (most four-letter words in "-ed" are nouns: "need", "seed", "shed"). */
const SHORT_PASTS = new Set(['owed', 'sued', 'axed', 'eyed']);
const DETERMINER = new Set(['the', 'a', 'an', 'this', 'his', 'her', 'its', 'their', 'our', 'my', 'some', 'any', 'no', 'each', 'every']);

/** Whether tokens [from, to] read as a clause with a finite verb (not a bare noun object). */
export function isClause(doc: Doc, from: number, to: number): boolean {
  if (from > to) return false;
  const { lower, kind, cap, sent } = doc.tokens;
  // "reiterated them on a radio show", "had mentioned it on television": an object pronoun, or "it" before a
  // preposition, is the verb's object, never the subject of a clause.
  if (OBJECT_ONLY.has(lower[from]) || (lower[from] === 'it' && PREPOSITIONS.has(lower[from + 1] ?? ''))) return false;
  if (CLAUSE_OPENERS.has(lower[from]) || CONTRACTED_SUBJECT.test(lower[from])) return true;
  // "by 2050, increasing population … would increase …": a fronted adverbial before the clause.
  if (FRONTED.has(lower[from])) {
    const comma = nextComma(doc, from + 1, sent[from]);
    if (comma > 0 && comma < to) { from = comma + 1; if (CLAUSE_OPENERS.has(lower[from])) return true; }
  }
  // "said Okafor, Bello and Musa accounted for …": a list of names, then the verb of the clause.
  const list = cap[from] === 1 ? nameListEnd(doc, from) : -1;
  if (list > 0 && list < to && predicateVerb(lower[list + 1])) return true;
  const first = lower[from];
  let limit = Math.min(to, from + 18);
  let afterParenthesis = false;
  for (let i = from; i <= limit; i++) {
    const word = lower[i];
    // A punctuation token's `lower` is the mark itself.
    if (word === ',' && i > from) {
      // "the suspect, a 32-year-old man, was arrested", "the man, who was 45, had been": a parenthesis.
      // "the presence of warships off the coast of Somalia, as well as efforts by ships to protect
      // themselves, have reduced …": a subject of up to a dozen words, a parenthesis of up to 25.
      const close = nextComma(doc, i + 2, sent[i], MAX_PARENTHESIS);
      if (close < 0 || i - from > 12) return false;
      i = close;
      // "the driver, Colm Healy, 29, had been drinking": an age set off by commas after the name.
      if (doc.tokens.digitFirst[i + 1] === 1 && lower[i + 2] === ',') i += 2;
      limit = Math.min(to, Math.max(limit, close + 4));
      afterParenthesis = true;
      continue;
    }
    if (kind[i] !== WORD) continue;
    // "John Kerry, the Secretary of State, contacted …": the verb right after a parenthesis.
    afterParenthesis = afterParenthesis && lower[i - 1] === ',';
    const prev = lower[i - 1];
    // "the track in that area is operated …": "that" after a preposition is a determiner, not a relative.
    if (RELATIVE.has(word) && i > from && !(word === 'that' && PREPOSITIONS.has(prev))) return verbAfterRelative(doc, i, to);
    // "threatened officials with travel bans if the process is perceived as stalling": the verb of a
    // subordinate clause is not the content's own.
    if (SUBORDINATORS.has(word) && i > from) return false;
    // "promised a new ferry but the river was too shallow": "but" before any verb ends a noun object.
    if (word === 'but' && i > from) return false;
    // "the start of a public process to suggest designs, and …": a noun object, its verb never comes; "to"
    // before a determiner is a preposition inside the subject ("said a return to the talks is likely").
    // Only an auxiliary makes it the subject's verb ("posted a photo to her page of a car parked …" has none).
    // "the film "Last Train to Vell" had been shot …": "to" between capitalised words is inside a name.
    if (word === 'to' && i > from && cap[i - 1] === 1 && cap[i + 1] === 1) continue;
    // "A request to interview her would have to be reviewed …": a short subject with its infinitive, then the
    // auxiliary (not a hearer and the act asked of it: "the council to act", a role or group noun).
    const infinitive = i <= from + 3 && kind[i + 1] === WORD && cap[i + 1] !== 1 && !isRoleWord(lower[i - 1] ?? '') && !isRoleWord(lower[i + 1] ?? '');
    if (word === 'to' && i > from && DETERMINER.has(first)) return (DETERMINER.has(lower[i + 1]) || infinitive) && auxiliaryAhead(doc, i + 2, limit);
    // A clause opening with a modal has its subject before the cue ("which officials have said could
    // violate …"); one opening with any other verb has none ("tweeted support of …").
    if (i === from) { if (AUX.has(word)) return true; if (subjectlessPast(doc, i)) return false; continue; }
    // "asserted this cured his cancer": a demonstrative pronoun, a past verb and its object.
    if (i === from + 1 && (first === 'this' || first === 'that') && word.endsWith('ed') && (DETERMINER.has(lower[i + 1]) || CLAUSE_OPENERS.has(lower[i + 1]))) return true;
    // "This includes a new unit", "That means the road is closed": a demonstrative pronoun and a present verb
    // before its object's determiner or a pronoun ("this plan", "that week" have no verb after them).
    if (i === from + 1 && (first === 'this' || first === 'that') && word.endsWith('s') && COMMON_VERBS.has(word) && (DETERMINER.has(lower[i + 1]) || CLAUSE_OPENERS.has(lower[i + 1]))) return true;
    if (AUX.has(word) || ((COMMON_VERBS.has(word) || IRREGULAR_PAST.has(word)) && !DETERMINER.has(prev))) return true;
    // "said the rebels control the city": a bare present verb of a plural subject (pluralPresent.ts).
    if (pluralPresentAt(doc, from, i)) return true;
    // "the United States National Security Council to help …": a capitalised word is a name, not a verb.
    // "tweeted out the mayor's praise of the plan": a base or -s form after a possessive "'s" is the possessed noun
    // ("is" or "has" before it would take a participle: "the mayor's praised").
    if (VERB_FORMS.has(word) && i > from && !DETERMINER.has(prev) && cap[i] !== 1 && !possessedNoun(prev, word) && !nounAfterPreposition(prev, word)) return true;
    // Not after "and": "published four books and edited her memoirs" coordinates the source's own verbs.
    // `A "big truck" plowed through …`: a closing mark (attached to the word before it) ends a quoted subject.
    const closingMark = kind[i - 1] === QUOTE && kind[i - 2] === WORD && doc.tokens.start[i - 1] === doc.tokens.end[i - 2];
    if (i > from && word.endsWith('ed') && (word.length > 4 || SHORT_PASTS.has(word)) && !DETERMINER.has(prev) && !COORDINATORS.has(prev) && (kind[i - 1] === WORD || afterParenthesis || closingMark) && cap[i] !== 1) return true;
    // "said his party appreciates the offer", "the ministry denies Smith's claim": a present verb after a
    // determiner and one noun, with an object that opens with a determiner or a name (not "the arms sales").
    if (i === from + 2 && DETERMINER.has(first) && cap[i - 1] !== 1 && word.length > 3 && hasPluralEnding(word) && kind[i + 1] === WORD && (DETERMINER.has(lower[i + 1]) || cap[i + 1] === 1)) return true;
    // "Reuters says …", not "fifteen senior Kenyan officials": a lowercase modifier before the name makes it an adjective.
    const modified = i - 2 >= from && kind[i - 2] === WORD && cap[i - 2] !== 1 && !DETERMINER.has(lower[i - 2]);
    // Not "The talks", "Institutional donors": a common word capitalised only by opening the sentence is no name.
    if (i > from && endsInSingleS(word) && cap[i - 1] === 1 && kind[i - 1] === WORD && cap[i] !== 1 && i - from <= 4 && !modified && !DETERMINER.has(prev) && !isCommonAtStart(doc, i - 1)) return true;
  }
  return false;
}

/** Whether a verb form `word` after `prev` is a noun its possessor's "'s" owns ("Smith's praise", "the group's claims"). */
function possessedNoun(prev: string, word: string): boolean {
  const inflection = VERB_FORMS.get(word)?.inflection;
  return (prev === "'s" || prev === '’s') && (inflection === 'base' || inflection === 's');
}

/** Whether an auxiliary ("is", "will", "has") comes among the words from token `from` to `to`, before any punctuation. */
function auxiliaryAhead(doc: Doc, from: number, to: number): boolean {
  for (let k = from; k <= to && doc.tokens.kind[k] === WORD; k++) {
    const word = doc.tokens.lower[k];
    if (AUX.has(word)) return true;
    // "… his story to the press and discovered that others had …": the auxiliary of another clause.
    if (COORDINATORS.has(word) || RELATIVE.has(word) || SUBORDINATORS.has(word)) return false;
  }
  return false;
}

/** A finite verb after a subject: an auxiliary, a common or irregular verb, or a regular past ("accounted"). */
function predicateVerb(word: string): boolean {
  return AUX.has(word) || COMMON_VERBS.has(word) || IRREGULAR_PAST.has(word) || (word.endsWith('ed') && (word.length > 4 || SHORT_PASTS.has(word)));
}

/**
 * Whether a verb form `word` after `prev` is a noun, a preposition's object: "voters in states like Ohio",
 * "the secretary of state", "asked for comment". Only a base or -s form: a verb never follows a preposition
 * ("to" opens an infinitive, not counted here).
 */
function nounAfterPreposition(prev: string, word: string): boolean {
  const inflection = VERB_FORMS.get(word)?.inflection;
  return prev !== 'to' && PREPOSITIONS.has(prev) && (inflection === 'base' || inflection === 's');
}
