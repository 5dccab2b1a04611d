/**
 * A past form of a cue verb that modifies a noun instead of being a clause's verb: "a message posted by
 * users", "a statement published in the newspaper Hürriyet", "some of the deaths reported over the past week".
 */
import type { Doc } from '../doc';
import { VERB_FORMS } from './lexicon';
import { QUOTE, WORD } from '../text/tokenTable';
import { hasPluralEnding } from '../text/pluralSpelling';
import { DOCUMENT_NOUNS } from '../mentions/documentNouns';
import { WEEKDAYS } from '../mentions/lexicon';
import { PASSIVE_AUXILIARIES } from './passive';
import { isReportingAfterQuote } from './reportingAfterQuote';
import { beforeMainVerb } from './pastBeforeMainVerb';
import { FINITE_AUXILIARIES } from '../statements/verbWords';
import { followsQuotedName } from './quotedNameParticiple';

/** Irregular simple pasts that are never participles (those are "written", "spoken", "sworn", "forbidden"). */
const PAST_ONLY = new Set(['wrote', 'spoke', 'swore', 'forbade']);

/**
 * A past participle modifying a noun, not a verb with a subject: "Results of NCLAN studies, published in a
 * paper by AS Heagle, show…", "a message posted by users". The speech verbs proper keep their cue reading
 * ("Putin, speaking through an interpreter, said in Genoa").
 */
export function isReducedRelative(doc: Doc, i: number, lemma: string): boolean {
  if (lemma === 'say' || lemma === 'tell' || lemma === 'add') return false;
  // "Ann Lowe, a bank executive, wrote on Twitter …": a simple past with its own participle ("written") is a verb.
  if (PAST_ONLY.has(doc.tokens.lower[i])) return false;
  // `"…!" Holt, the head of the fund, tweeted on Friday.`: the reporting verb after a quotation (reportingAfterQuote.ts).
  if (isReportingAfterQuote(doc, i)) return false;
  const { lower, cap, kind } = doc.tokens;
  const next = lower[i + 1] ?? '';
  const prev = i - 1;
  if (beforeMainVerb(doc, i) || parentheticalParticiple(doc, i) || afterPredicateNoun(doc, i)) return true;
  if (isHearersParticiple(doc, i, lemma)) return true;
  if (followsQuotedName(doc, i)) return true;
  // "court documents reported previously by The Post": an adverb between the participle and its agent.
  if (next === 'by' || (/^[a-z]{3,}ly$/.test(next) && lower[i + 2] === 'by')) return prev >= 0 && cap[prev] !== 1 && kind[prev] !== QUOTE && !/^(?:he|she|it|they|we|i|you|who)$/.test(lower[prev]);
  // "In a statement published in the newspaper Hürriyet, the minister asserted …": the document's participle.
  if (!(lower[prev] === ',' || DOCUMENT_NOUNS.has(lower[prev])) || !/^(?:in|on|at|by|from|with|for|under|last|this|earlier|online)$/.test(next)) return false;
  // "…, published this week": "this" or "last" before a time word; "…, asserted this cured him" is a verb and its clause.
  if ((next === 'this' || next === 'last') && !/^(?:week|month|year|morning|afternoon|evening|night|weekend|spring|summer|autumn|fall|winter|season|time)$/.test(lower[i + 2] ?? '')) return false;
  // "Ann Lowe, an activist, tweeted on Twitter that …": a content ("that", a colon or a quotation) after a short
  // adjunct makes it the verb of the clause.
  return !contentAfterAdjunct(doc, i);
}

/**
 * "A person briefed on the talks said …", "Two people briefed on the plan said …", "officials informed of the
 * decision": the hearer's participle after its noun, with the topic and no hearer of its own. "on" or "about"
 * makes it one whatever comes before, unless a weekday follows ("Ruiz briefed on Monday …" is the verb with its
 * time); after a lowercase noun, "of" and a weekday too.
 */
function isHearersParticiple(doc: Doc, i: number, lemma: string): boolean {
  if (lemma !== 'brief' && lemma !== 'inform') return false;
  const { lower, cap, kind } = doc.tokens;
  const next = lower[i + 1] ?? '';
  const prev = i - 1;
  if ((next === 'on' || next === 'about') && !WEEKDAYS.has(lower[i + 2] ?? '')) return true;
  return /^(?:on|about|of)$/.test(next) && prev >= 0 && kind[prev] === WORD && cap[prev] !== 1 && !/^(?:he|she|it|they|we|i|you|who|was|were|been|being|be|is|are)$/.test(lower[prev]);
}

/** Whether "that", a colon or a quotation mark follows token `i` within a few words, before any comma. */
function contentAfterAdjunct(doc: Doc, i: number): boolean {
  const { lower, kind, sent } = doc.tokens;
  for (let k = i + 2; k <= i + 7 && k < doc.tokens.length && sent[k] === sent[i]; k++) {
    if (lower[k] === ',') return false;
    // "A study published in June suggests that …": a finite cue verb after the adjunct is the clause's own verb,
    // and the content is its.
    const form = VERB_FORMS.get(lower[k])?.inflection;
    if (form === 's' || form === 'past') return false;
    // Not "a report published on Monday that claimed …": "that" before a verb is a relative pronoun.
    if ((lower[k] === 'that' && !VERB_FORMS.has(lower[k + 1] ?? '')) || lower[k] === ':' || kind[k] === QUOTE) return true;
  }
  return false;
}

/**
 * "The following were some of the deaths reported over the past week:": after "of the" and a plural noun in the
 * complement of "be", a past form modifies that noun; the clause's verb is the "be" before it.
 */
export function isPartOfPredicateNoun(doc: Doc, i: number): boolean {
  const { lower, sent, kind } = doc.tokens;
  if (i < 3 || lower[i - 2] !== 'the' || lower[i - 3] !== 'of' || kind[i - 1] !== WORD || !hasPluralEnding(lower[i - 1])) return false;
  for (let k = i - 4; k >= 0 && k >= i - 10 && sent[k] === sent[i]; k--) {
    if (kind[k] !== WORD || /^(?:that|and|but|or|who|which|when|while|as|because|after|before|if)$/.test(lower[k])) return false;
    if (PASSIVE_AUXILIARIES.has(lower[k])) return true;
  }
  return false;
}

/** Words that open what a parenthetical "asked"/"pressed" was asked about ("asked if", "pressed on"). */
const ASKED_ABOUT = new Set(['if', 'whether', 'about', 'by', 'on', 'over', 'what', 'how', 'why', 'when', 'for']);

/**
 * "Mona Aziz, asked if the company would recover, said: …": a past form set off by commas after the subject,
 * opening what was asked, with the clause's own verb after the closing comma, is a passive participle
 * (she was asked), not her question. Not "The plan, argued Aziz, will fail" (an inverted cue and its source).
 */
function parentheticalParticiple(doc: Doc, i: number): boolean {
  const { lower, kind, sent } = doc.tokens;
  if (lower[i - 1] !== ',' || kind[i - 2] !== WORD || !ASKED_ABOUT.has(lower[i + 1] ?? '')) return false;
  for (let k = i + 2; k <= i + 25 && k + 1 < doc.tokens.length && sent[k] === sent[i]; k++) {
    if (kind[k] === QUOTE || lower[k] === ':') return false;
    if (lower[k] !== ',') continue;
    const verb = VERB_FORMS.get(lower[k + 1] ?? '');
    return (verb !== undefined && (verb.inflection === 'past' || verb.inflection === 's')) || FINITE_AUXILIARIES.has(lower[k + 1] ?? '');
  }
  return false;
}

/**
 * ""Valetudo" is the name suggested for the satellite", "This was the plan proposed by the council": after "be",
 * a determiner and a noun, a past form modifies that noun; the clause's verb is the "be".
 */
function afterPredicateNoun(doc: Doc, i: number): boolean {
  const { lower, kind, cap, sent } = doc.tokens;
  const noun = i - 1;
  if (noun < 2 || sent[noun - 2] !== sent[i] || kind[noun] !== WORD || cap[noun] === 1) return false;
  return /^(?:the|a|an)$/.test(lower[noun - 1]) && /^(?:is|was|are|were)$/.test(lower[noun - 2]);
}
