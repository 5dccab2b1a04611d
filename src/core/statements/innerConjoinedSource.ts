/**
 * "Reuters reported that an unnamed official confirmed the report, and said that it had not been read": a cue
 * conjoined by "and" right after a reported clause whose own verb is a cue goes on with that clause's source
 * (the official), not with the sentence's (Reuters). Not when the inner subject is no source ("The ministry
 * said that prices rose, and added …": "rose" is no cue) or its verb is none.
 */
import type { Doc } from '../doc';
import { phraseEndingAt, phraseStartingAt, type Phrase } from '../mentions/np';
import { ROLE_WORD, Walk } from '../mentions/npClasses';
import { VERB_FORMS } from '../cues/lexicon';
import { ADVERBS } from '../cues/negation';
import { WORD } from '../text/tokenTable';
import { AUX, COMMON_VERBS, IRREGULAR_PAST } from './verbWords';

/** How far back from "and" the reported clause's "that" may stand (tokens). */
const REACH = 40;

const PERSON_PRONOUNS = new Set(['he', 'she', 'they']);

/** The source of the reported clause before the "and" at token `and`, or null. */
export function innerConjoinedSource(doc: Doc, and: number, floor: number): Phrase | null {
  const { lower, cap } = doc.tokens;
  for (let t = and - 1; t > floor && t >= and - REACH; t--) {
    if (lower[t] !== 'that') continue;
    const outer = VERB_FORMS.get(lower[t - 1]);
    if (!outer) return null;
    const inner = PERSON_PRONOUNS.has(lower[t + 1]) ? { first: t + 1, last: t + 1 } : phraseStartingAt(doc, t + 1);
    if (!inner || inner.last >= and) return null;
    const named = inner.first === inner.last && PERSON_PRONOUNS.has(lower[inner.first]);
    if (!named && cap[inner.last] !== 1 && !Walk.of(doc).is(inner.last, ROLE_WORD)) return null;
    let v = inner.last + 1;
    while (v < and && ADVERBS.has(lower[v])) v++;
    const verb = VERB_FORMS.get(lower[v]);
    return verb && verb.inflection === 'past' && v < and ? inner : null;
  }
  return null;
}

/**
 * "North of Kelby procurator fiscal Liam Reed said … but stressed …": the conjoined cue's source is the clause's
 * subject, read back from the clause's first cue verb when the forward reading stops short of it (at a
 * lowercase title word no role list holds: "North of Kelby").
 */
export function subjectBeforeFirstCue(doc: Doc, subject: Phrase, and: number, floor: number): Phrase {
  const lower = doc.tokens.lower;
  if (lower[subject.last + 1] === undefined || VERB_FORMS.has(lower[subject.last + 1])) return subject;
  const { kind } = doc.tokens;
  for (let v = subject.last + 1; v < and && v <= subject.last + 8; v++) {
    // Only words of a title between ("procurator fiscal"): no verb, no punctuation ("Levy saw reason for …").
    if (kind[v] !== WORD || AUX.has(lower[v]) || COMMON_VERBS.has(lower[v]) || IRREGULAR_PAST.has(lower[v])) return subject;
    if (!VERB_FORMS.has(lower[v])) continue;
    const phrase = phraseEndingAt(doc, v - 1, floor);
    return phrase && phrase.first === subject.first ? phrase : subject;
  }
  return subject;
}
