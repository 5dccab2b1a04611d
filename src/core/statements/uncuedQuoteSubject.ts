/**
 * A quotation no speech verb attributes is spoken by the subject of the clause that holds or introduces it,
 * when that subject can speak (a proper name, a role or group noun, a personal pronoun):
 *   after a colon or semicolon — `The club chairman, Lars Holm, was more cautious: "We have won nothing yet."`,
 *     `The paper was scathing about the delays; "Someone must answer for this."`;
 *   inside the clause — `Ada Ruiz spoke of a "turning point for the town"`, `He put the move down to "a
 *     mid-life crisis"` (the verb is no speech verb, but the subject's words are quoted);
 *   right after a sentence about a named person — `Mayor Holt disagreed with the audit. "The figures are
 *     wrong."` (a quotation standing as a sentence of its own).
 * Not `The rules are simple: "…"`, nor a fronted time (`Tonight, the message was clear: "…"`), nor the
 * expletive "it" (`It was a "historic day"`).
 */
import type { Doc } from '../doc';
import type { QuoteSpan } from '../quotes/span';
import { describe } from '../mentions/describe';
import { ROLE_WORD, Walk } from '../mentions/npClasses';
import { CLAUSE_OPENERS, DETERMINERS, isStopWord, JOINERS, SUBJECT_PRONOUNS } from '../mentions/lexicon';
import { phraseStartingAt, type Phrase } from '../mentions/np';
import { readsAsSpeech, roleWithoutCue } from '../quotes/roles';
import { QUOTE, WORD } from '../text/tokenTable';
import { clauseSubject } from './clauseSubject';
import { BE_FORMS, IRREGULAR_PAST } from './verbWords';
import type { QuoteAttribution } from './attribution';
import { isParagraphQuote } from './paragraphQuote';
import { asClauseSource } from './asReportingOpening';
import { nameBeforeQuote } from './nameBeforeQuote';

/** Fewer words than this quoted inside a clause read as a label ("significant public benefit"). */
const MIN_WORDS_INSIDE = 4;

function canSpeak(doc: Doc, phrase: Phrase, allowIt: boolean): boolean {
  const lower = doc.tokens.lower;
  if (SUBJECT_PRONOUNS.has(lower[phrase.first])) return allowIt || (lower[phrase.first] !== 'it' && phrase.first === phrase.last);
  if (describe(doc, phrase).name !== null) return true;
  const w = Walk.of(doc);
  for (let k = phrase.first; k <= phrase.last; k++) if (w.is(k, ROLE_WORD)) return true;
  return false;
}

/** `the "cruel and degrading" treatment`: between a determiner and a noun the quotation is a modifier. */
function modifiesNoun(doc: Doc, q: QuoteSpan): boolean {
  const next = q.closeTok === null ? -1 : q.closeTok + 1;
  const { kind, lower, sent, cap } = doc.tokens;
  const nounAfter = next > 0 && sent[next] === sent[q.openTok] && kind[next] === WORD && cap[next] !== 1 && !isStopWord(lower[next]) && !JOINERS.has(lower[next]);
  return nounAfter && DETERMINERS.has(lower[q.openTok - 1]);
}

/** `in what the commissioner called "…"`: a clause opened between the subject and the quotation has its own. */
function opensClauseBetween(doc: Doc, from: number, to: number): boolean {
  for (let k = from; k <= to; k++) if (CLAUSE_OPENERS.has(doc.tokens.lower[k])) return true;
  return false;
}

/**
 * Whether an active verb stands between the subject and the quotation: not `Ruiz "had been misled"` (the
 * quotation is the predicate, someone else's words about her), nor a passive (`Ruiz was subjected to
 * interviews, "as part of a new strategy"`: the subject is no speaker).
 */
function activeVerbBetween(doc: Doc, from: number, to: number): boolean {
  const { lower, kind } = doc.tokens;
  let words = 0;
  for (let k = from; k <= to; k++) {
    if (kind[k] !== WORD) continue;
    words++;
    if (!BE_FORMS.has(lower[k])) continue;
    let next = k + 1;
    while (next <= to && lower[next].endsWith('ly')) next++;
    if (next <= to && (lower[next].endsWith('ed') || IRREGULAR_PAST.has(lower[next]))) return false;
  }
  return words > 0;
}

/** The speaking subject of the clause before token `before`, or null. */
function speakingSubject(doc: Doc, before: number, allowIt: boolean): Phrase | null {
  const phrase = clauseSubject(doc, before);
  if (!phrase || phrase.last >= before) return null;
  return canSpeak(doc, phrase, allowIt) ? phrase : null;
}

export function uncuedQuoteSubject(doc: Doc, q: QuoteSpan): QuoteAttribution | null {
  const prev = q.openTok - 1;
  const { lower, sent, para } = doc.tokens;
  if (prev >= 1 && para[prev] >= 0 && para[prev] === q.para - 1 && isParagraphQuote(doc, q)) return previousSentenceSubject(doc, q, true);
  if (prev < 1 || para[prev] !== q.para) return null;
  if (sent[prev] === sent[q.openTok] || lower[prev] === ':') {
    if (sent[prev - 1] !== sent[prev]) return null;
    // Inside the clause, a short quoted phrase or a title is the writer's label (`praised the "approved
    // security cabinets"`, `a show titled "Photographs and Prints"`), not the subject's words.
    const inside = lower[prev] !== ':' && lower[prev] !== ';';
    if (inside && (q.words < MIN_WORDS_INSIDE || roleWithoutCue(doc, q) === 'title' || modifiesNoun(doc, q))) return null;
    // `…, among them teacher Ann Moss, "…"`: the name right before the quotation's comma (nameBeforeQuote.ts).
    const named = lower[prev] === ',' ? nameBeforeQuote(doc, q) : null;
    if (named) return { cue: null, phrase: named, apposition: null, cueBefore: true };
    const phrase = speakingSubject(doc, prev - (inside ? 0 : 1), lower[prev] === ':') ?? asClauseSource(doc, doc.sentStart[prev], prev);
    if (!phrase || (inside && (opensClauseBetween(doc, phrase.last + 1, prev) || !activeVerbBetween(doc, phrase.last + 1, prev)))) return null;
    return { cue: null, phrase, apposition: null, cueBefore: true };
  }
  return previousSentenceSubject(doc, q);
}

/**
 * `Mayor Holt disagreed with the audit. "The figures are wrong."`: a named subject of the sentence before.
 * A paragraph that is one quotation with no cue continues the person the paragraph before ends on, named or
 * "he"/"she" (`… He became envoy the day he resigned.` ¶ `"I still wake up thinking I am in charge."`).
 */
function previousSentenceSubject(doc: Doc, q: QuoteSpan, newParagraph = false): QuoteAttribution | null {
  if (!newParagraph && !readsAsSpeech(q)) return null;
  const end = q.openTok - 1;
  const { kind } = doc.tokens;
  const start = doc.sentStart[end];
  for (let k = start; k <= end; k++) if (kind[k] === QUOTE) return null;
  // `As Tom Hart observed, the real winner was the network:` ¶ `"…"`: the "as" clause's source (asReportingOpening.ts).
  const asSource = asClauseSource(doc, start, end);
  if (asSource) return { cue: null, phrase: asSource, apposition: null, cueBefore: false };
  const subject = clauseSubject(doc, end);
  if (!subject || subject.last >= end) return null;
  const phrase = namedApposition(doc, subject, end) ?? subject;
  const info = describe(doc, phrase);
  if (info.name === null && !(newParagraph && (info.pronoun === 'he' || info.pronoun === 'she'))) return null;
  return { cue: null, phrase, apposition: null, cueBefore: false };
}

/** `Another nurse, Ben Holm, agreed.`: the name set off by commas after a description subject. */
function namedApposition(doc: Doc, subject: Phrase, end: number): Phrase | null {
  const lower = doc.tokens.lower;
  if (lower[subject.last + 1] !== ',' || describe(doc, subject).name !== null) return null;
  const name = phraseStartingAt(doc, subject.last + 2);
  if (!name || name.last >= end || lower[name.last + 1] !== ',') return null;
  return describe(doc, name).name !== null ? name : null;
}
