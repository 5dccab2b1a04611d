/**
 * The source named after "according to": a noun phrase ("according to industry reports"), an object
 * pronoun ("According to him, one of the attacks …") or a phrase with a participle and its agent ("… after
 * a long illness according to e-mails sent by her family." — the whole stretch, so the cue still closes
 * its sentence and the document gives way to its author; "a police report released on Tuesday" too), or a
 * possessed noun ("the ministry's figures").
 */
import type { Doc } from '../doc';
import { phraseStartingAt, type Phrase } from '../mentions/np';
import { WORD } from '../text/tokenTable';
import { isStopWord, WEEKDAYS } from '../mentions/lexicon';
import { timePhraseEnd } from './timeAdjunct';
import { ACCORDANCE_NOUNS } from '../cues/lexicon';
import { DOCUMENT_NOUNS } from '../mentions/documentNouns';
import { studySource } from './accordingStudy';

const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'us', 'me']);
const AGENT_PARTICIPLES = /^(?:sent|issued|released|published|posted|written|signed|seen|obtained|filed|made|given)$/;
const MAX_PARTICIPLE_ADJUNCT = 5;
/** A word after a source and the one it takes, which go on naming it ("officials familiar with the talks", "people with knowledge of the plan"). */
const SOURCE_ADJECTIVES = new Map([['familiar', 'with'], ['close', 'to'], ['with', 'knowledge']]);

export function accordingSource(doc: Doc, i: number): Phrase | null {
  const { lower, sent } = doc.tokens;
  if (i >= doc.tokens.length) return null;
  const pronoun = OBJECT_PRONOUNS.has(lower[i]) && (sent[i + 1] !== sent[i] || /^[,.;:!?]$/.test(lower[i + 1] ?? ''));
  if (pronoun) return { first: i, last: i };
  const phrase = phraseStartingAt(doc, i) ?? plainNounPhrase(doc, i);
  // "according to exit polls (…)", "according to a poll of 400 voters released …" (accordingStudy.ts).
  if (!phrase) return studySource(doc, i);
  const k = phrase.last + 1;
  // "According to local Kandilli observatory, …": a capitalised modifier stops the phrase early; the head
  // noun runs on to the comma.
  const head = headNounsBeforeComma(doc, k);
  if (head > k) return { first: phrase.first, last: head - 1 };
  const document = documentNounAfter(doc, k);
  if (document > 0) return { first: phrase.first, last: document };
  // "According to the ministry's figures, …": the possessed noun belongs to the source, not the content.
  if (lower[k] === "'s" || lower[k] === '’s') return { first: phrase.first, last: possessedEnd(doc, k) };
  // "According to officials familiar with the talks, …", "according to people close to the family": the
  // adjective and its object still name the source (not "according to officials, close to 200 died": a comma).
  if (SOURCE_ADJECTIVES.get(lower[k]) === lower[k + 1] && sent[k + 1] === sent[i]) {
    const object = objectBeforeComma(doc, k + 2) ?? phraseStartingAt(doc, k + 2)?.last;
    if (object !== undefined) return { first: phrase.first, last: object };
  }
  if (AGENT_PARTICIPLES.test(lower[k] ?? '') && lower[k + 1] === 'by' && sent[k + 1] === sent[i]) {
    const agent = phraseStartingAt(doc, k + 2) ?? plainNounPhrase(doc, k + 2, true);
    if (agent) return { first: phrase.first, last: agent.last };
  }
  // "… according to a police report released on Tuesday.": the participle and its short adjunct, to the end.
  if (AGENT_PARTICIPLES.test(lower[k] ?? '')) {
    // "… according to a statement released Friday.": a bare weekday would be read as the source's name.
    if (WEEKDAYS.has(lower[k + 1] ?? '')) return phrase;
    let last = k;
    while (last + 1 < doc.tokens.length && last < k + MAX_PARTICIPLE_ADJUNCT && sent[last + 1] === sent[i] && doc.tokens.kind[last + 1] === WORD) last++;
    if (!/^(?:that|to)$/.test(lower[k + 1] ?? '') && (sent[last + 1] !== sent[i] || /^[,.;!?]$/.test(lower[last + 1] ?? ''))) return { first: phrase.first, last };
  }
  return phrase;
}

/**
 * The token after what may follow a source before its comma or stop: a participle with a time ("released
 * Friday", "issued on Monday") or a time alone ("last night").
 */
export function afterSourceTime(doc: Doc, t: number): number {
  const lower = doc.tokens.lower;
  const p = AGENT_PARTICIPLES.test(lower[t] ?? '') ? t + 1 : t;
  if (WEEKDAYS.has(lower[p] ?? '')) return /^(?:morning|afternoon|evening|night)$/.test(lower[p + 1] ?? '') ? p + 2 : p + 1;
  const timed = timePhraseEnd(doc, p);
  return timed > p ? timed : t;
}

/** Determiners that may open a source no role list holds ("the navy", "the latest census", "its website"). */
const PLAIN_DETERMINERS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'this', 'these', 'those']);
const MAX_PLAIN_WORDS = 4;
/** Prepositions and conjunctions, which end such a phrase. */
const PLAIN_STOPS = new Set(['on', 'in', 'at', 'of', 'for', 'from', 'with', 'by', 'to', 'about', 'after', 'before', 'during', 'since', 'over', 'under', 'near', 'and', 'or', 'but', 'who', 'which', 'that', 'last', 'this', 'earlier']);

/**
 * "according to the coast guard, …", "… , according to the latest census.", "according to figures released by
 * …": whatever "according to" names is its source, so a noun phrase whose head is in no role list still is
 * one — an optional determiner and up to four lowercase words that end at a comma, the sentence's end or a
 * participle with its agent ("figures released by the bureau"). Not a clause: the words hold no verb form.
 */
function plainNounPhrase(doc: Doc, i: number, agent = false): Phrase | null {
  const { lower, kind, cap, sent } = doc.tokens;
  const first = i;
  let k = PLAIN_DETERMINERS.has(lower[i]) ? i + 1 : i;
  const start = k;
  while (k < start + MAX_PLAIN_WORDS && sent[k] === sent[i] && kind[k] === WORD && cap[k] !== 1 && !isStopWord(lower[k]) && !/\d/.test(lower[k]) && !PLAIN_STOPS.has(lower[k]) && !(k > start && AGENT_PARTICIPLES.test(lower[k]))) k++;
  // "works according to all procedures", "According to the plan, …": a norm followed, no source.
  if (k === start || ACCORDANCE_NOUNS.has(lower[k - 1])) return null;
  const next = lower[k] ?? '';
  // An agent may be followed by its time adjunct ("by the statistics bureau on Tuesday").
  const closes = sent[k] !== sent[i] || (agent && /^(?:on|in|last|this|earlier)$/.test(next)) || /^[,.;!?]$/.test(lower[afterSourceTime(doc, k)] ?? '') || /^[,.;!?]$/.test(next) || (AGENT_PARTICIPLES.test(next) && /^(?:by|on|in)$/.test(lower[k + 1] ?? ''));
  return closes ? { first, last: k - 1 } : null;
}

/** The last word of a short object of the source's adjective that runs to a comma or the end ("with the talks,"), or undefined. */
function objectBeforeComma(doc: Doc, k: number): number | undefined {
  const { lower, kind, sent } = doc.tokens;
  for (let c = k; c < k + 6 && sent[c] === sent[k] && kind[c] === WORD; c++) {
    // "… familiar with the negotiations who asked not to be named": a relative clause about the source ends it too.
    if (/^[,.;!?]$/.test(lower[c + 1] ?? '') || sent[c + 1] !== sent[k] || (c > k && /^(?:who|whom)$/.test(lower[c + 1] ?? ''))) return c;
  }
  return undefined;
}

/** The last lowercase word of the noun a possessive marker at `mark` opens (at most four words). */
function possessedEnd(doc: Doc, mark: number): number {
  const { kind, cap, sent } = doc.tokens;
  let last = mark;
  while (last + 1 < doc.tokens.length && last < mark + 4 && kind[last + 1] === WORD && cap[last + 1] !== 1 && sent[last + 1] === sent[mark]) last++;
  return last;
}

/** Time words after a source: an adjunct, never its head noun. */
const TIME_WORDS = new Set(['today', 'yesterday', 'tonight', 'tomorrow', 'now', 'then', 'earlier', 'later', 'recently', 'again', 'also', 'too', 'last', 'this', 'night', 'morning', 'afternoon', 'evening', 'week', 'weekend', 'month', 'year', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
/** Words a trailing head noun cannot be: a verb, a relative, a preposition or conjunction. */
const NOT_HEAD = /^(?:who|which|that|whose|where|when|is|are|was|were|has|have|had|will|would|may|can|could|said|says|in|on|at|of|for|from|by|with|to|and|or|but|as|the|a|an|\w+ed|\w+ly)$/;

/** The comma (or closing stop) after one or two lowercase head nouns starting at `k` ("observatory ,"), or -1. */
function headNounsBeforeComma(doc: Doc, k: number): number {
  const { lower, kind, cap } = doc.tokens;
  // Where a capitalised modifier stopped the phrase ("local Kandilli observatory"), or a modifier read as a
  // role ("the national weather service"), never a time word ("According to the BBC today, …").
  for (let c = k; c < k + 2; c++) {
    if (kind[c] !== WORD || cap[c] === 1 || NOT_HEAD.test(lower[c]) || TIME_WORDS.has(lower[c])) return -1;
    if (lower[c + 1] === ',' || (cap[k - 1] !== 1 && /^[.!?]$/.test(lower[c + 1] ?? ''))) return c + 1;
  }
  return -1;
}

/**
 * "according to a police news release.", "according to a city council report,": a noun phrase cut short
 * before a compound ending in a document noun; the document, within two lowercase words and closing the
 * phrase at a comma or the sentence's end, is the source. The last word of it, or -1.
 */
function documentNounAfter(doc: Doc, k: number): number {
  const { lower, kind, cap, sent } = doc.tokens;
  for (let c = k; c < k + 2 && kind[c] === WORD && cap[c] !== 1 && sent[c] === sent[k - 1]; c++) {
    if (!DOCUMENT_NOUNS.has(lower[c])) continue;
    return sent[c + 1] !== sent[c] || /^[,.;!?]$/.test(lower[c + 1] ?? '') ? c : -1;
  }
  return -1;
}
