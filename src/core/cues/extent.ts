/**
 * How far a cue reaches around its verb: auxiliaries and adverbs before it ("also has suggested"), and a
 * hearer, "as", "only" or "in a statement" after it ("told reporters", "has described as", "saying only",
 * "said in a statement").
 */
import type { Doc } from '../doc';
import type { Frame } from './lexicon';
import { HEARERS, VERB_FORMS, particleReach } from './lexicon';
import { WORD } from '../text/tokenTable';
import { quotedAsStart } from './passive';
import { isLyAdverb } from './adverbs';
import cueData from '../data/cues.json';
import { isCommonAtStart } from '../mentions/initialCaps';
import { toKnowReach } from './toKnow';

const { shared, beforeCueOnly } = cueData.adverbsBeforeCue;
/** Auxiliaries and adverbs a cue's extent takes in before its verb ('has also suggested'). */
const AUX = new Set([...shared, ...beforeCueOnly]);
const HEARER_SET = new Set(HEARERS);

/** Number of tokens of a hearer phrase starting at `k` ("reporters", "the press"), or 0. */
function hearerLength(doc: Doc, k: number): number {
  const one = doc.tokens.lower[k];
  if (one === undefined) return 0;
  const two = k + 1 < doc.tokens.length ? `${one} ${doc.tokens.lower[k + 1]}` : '';
  if (HEARER_SET.has(two)) return 2;
  return HEARER_SET.has(one) ? 1 : 0;
}

const MEDIUM = /^(?:statement|interview|tweet|post|letter|release|speech|briefing|conference|email|e-mail|message|video|broadcast|op-ed|column|editorial|blog|report|filing|affidavit|testimony)$/;

/** Length of "in a statement" / "in a blog post" / "in an interview with the BBC"-style adjunct at `k` ("in"), or 0. */
export function statementAdjunct(doc: Doc, k: number): number {
  const { lower, kind } = doc.tokens;
  if (!/^(?:a|an|the|his|her|their|its)$/.test(lower[k + 1] ?? '')) return 0;
  for (let j = k + 2; j <= k + 4; j++) {
    if (kind[j] !== WORD) return 0;
    if (MEDIUM.test(lower[j]) && !MEDIUM.test(lower[j + 1] ?? '')) return j - k + 1 + addressee(doc, j + 1);
  }
  return 0;
}

const ADDRESSEE_LINKS = new Set(['with', 'to', 'on', 'for']);
const ADDRESSEE_DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their']);

/**
 * Length of the addressee or outlet after the medium ("in an interview [with the Harbour Times]", "in a letter
 * [to parliament]", "in a post [on X]"): a link, an optional determiner, then a capitalised name of up to four
 * words or one lowercase noun; 0 when none ("in a statement on Monday that" keeps its date for the content pass).
 */
function addressee(doc: Doc, k: number): number {
  const { lower, kind, cap } = doc.tokens;
  if (!ADDRESSEE_LINKS.has(lower[k] ?? '')) return 0;
  let j = k + 1;
  const determiner = ADDRESSEE_DETERMINERS.has(lower[j] ?? '');
  if (determiner) j++;
  let names = 0;
  while (names < 4 && kind[j + names] === WORD && cap[j + names] === 1) names++;
  // A weekday or month after "on" dates the act ("in a statement on Monday"): the content pass reads it.
  if (names > 0) return lower[k] === 'on' && !determiner && CALENDAR_WORD.test(lower[j]) ? 0 : j + names - k;
  if (kind[j] !== WORD || lower[j] === 'that' || VERB_FORMS.has(lower[j])) return 0;
  // "in an email to staff.", "in a letter to residents that …": a bare noun only where the phrase ends.
  return determiner || /^(?:that|[,.;:!?])$/.test(lower[j + 1] ?? '.') ? j + 1 - k : 0;
}
const CALENDAR_WORD = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)$/;

/**
 * "The company would only say it is …": "only" between an auxiliary and the verb belongs to the cue. Elsewhere
 * it may open the source ("Only two officials said …"), so it is no adverb of the cue on its own.
 */
function onlyAfterAuxiliary(doc: Doc, k: number): boolean {
  const { lower, sent } = doc.tokens;
  return lower[k] === 'only' && k > 0 && sent[k - 1] === sent[k] && beforeCueOnly.includes(lower[k - 1]);
}

/**
 * "Farmer Ed Long lost his crop. \"It is gone,\" Long said.": an adverb of the cue ("long", "later", "once")
 * written capitalised where its position does not explain it, or capitalised elsewhere in mid-sentence, is a name.
 */
function isSurnameLikeAdverb(doc: Doc, k: number): boolean {
  if (doc.tokens.cap[k] !== 1) return false;
  return doc.sentStart[k] !== k || !isCommonAtStart(doc, k);
}

export function extendCue(doc: Doc, verb: number, frames: ReadonlySet<Frame>): { first: number; last: number } {
  const { lower, sent } = doc.tokens;
  const quoted = quotedAsStart(doc, verb);
  let first = quoted >= 0 ? quoted : verb;
  while (first > 0 && sent[first - 1] === sent[verb] && ((AUX.has(lower[first - 1]) && !isSurnameLikeAdverb(doc, first - 1)) || onlyAfterAuxiliary(doc, first - 1) || (isLyAdverb(lower[first - 1]) && doc.tokens.cap[first - 1] !== 1))) first--;
  // "She's said she will run", "he’s predicted …": after a pronoun, "'s" before a past form is "has".
  if (first >= 2 && /^['’]s$/.test(lower[first - 1]) && /^(?:he|she|it|who)$/.test(lower[first - 2]) && VERB_FORMS.get(lower[verb])?.inflection === 'past') first--;
  let last = verb;
  if (verb + 1 >= doc.tokens.length || sent[verb + 1] !== sent[verb]) return { first, last };
  const next = lower[verb + 1];
  const particle = particleReach(lower, verb, VERB_FORMS.get(lower[verb])?.lemma ?? '');
  const toKnow = toKnowReach(doc, verb, frames);
  if (particle > 0) last = verb + particle;
  else if (toKnow > 0) last = verb + toKnow;
  else if (frames.has('description') && next === 'as') last = verb + 1;
  else if (next === 'only') last = verb + 1;
  else if (frames.has('object')) last = verb + hearerLength(doc, verb + 1);
  else if (next === 'in') last = verb + statementAdjunct(doc, verb + 1);
  return { first, last };
}
