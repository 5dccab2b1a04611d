/**
 * A report in the passive, its source after "by": "News of his death was announced by his family." ·
 * "Her death was announced by the campaign she led." The subject (a short noun phrase opening the sentence)
 * is what was reported; the agent is the source. So is the "as" phrase of a judgement ("The rule has been
 * criticized as an example of red tape by farmers") and the clause after an expressed feeling ("Concern was
 * expressed by officials that the weapons may be untraceable"), and the clause told to the subject ("Staff were told by
 * the owner that the shop would close"). The verb alone is no cue in the passive ("was reported"),
 * so these are drafted here. Not "X is reported by Y saying …" (the subject speaks: see verbCue.ts).
 */
import type { CueSpan } from '../cues';
import type { Doc } from '../doc';
import { phraseStartingAt } from '../mentions/np';
import { isStopWord } from '../mentions/lexicon';
import { WORD } from '../text/tokenTable';
import type { Draft } from './drafts';
import type { Phrase } from '../mentions/np';
import { EXPRESS_NOUNS } from '../cues/lexicon';
import { afterTimeAdjunct } from './timeAdjunct';
import { clauseEnd } from './clauseEnd';
import cues from '../data/cues.json';

const BE = new Set(['was', 'were', 'is', 'are', 'been']);
const REPORT_PARTICIPLES: ReadonlyMap<string, string> = new Map([['announced', 'announce'], ['confirmed', 'confirm'], ['disclosed', 'disclose'], ['revealed', 'reveal'], ['expressed', 'express'], ['voiced', 'voice'], ['criticized', 'criticize'], ['criticised', 'criticise'], ['described', 'describe'], ['condemned', 'condemn'], ['denounced', 'denounce'], ['denied', 'deny'], ['reported', 'report'], ['stated', 'state'], ['told', 'tell'], ['informed', 'inform'], ['assured', 'assure'], ['warned', 'warn'], ['notified', 'notify'], ['reminded', 'remind'], ['disputed', 'dispute'], ['decried', 'decry']]);
/** Participles whose subject is the hearer ("Staff were told by the owner that …"): the agent says the clause after. */
const HEARER_SUBJECTS = new Set(['tell', 'inform', 'assure', 'warn', 'notify', 'remind']);
/** Participles whose subject is itself the news reported ("Her death was announced by …"). */
const REPORT_SUBJECTS = new Set(['announce', 'confirm', 'disclose', 'reveal', 'deny']);
/**
 * Participles of a judgement whose subject is what was judged, with or without an "as" phrase: "The move was
 * criticized by two senators" · "The credibility of the source was disputed by the agency". (The active voice
 * needs a longer object, nounObject.ts: "condemned the raid" alone reports little; in the passive the writer has
 * made the thing judged the topic of the sentence.)
 */
const JUDGED_SUBJECTS = new Set(['criticize', 'criticise', 'condemn', 'denounce', 'dispute', 'decry']);
/** What "deny" refuses rather than disputes ("The request was denied by the court"). */
const REFUSALS: ReadonlySet<string> = new Set(cues.refusals);
/** Participles of a judgement, reported with its "as" phrase ("was criticized as an example of red tape by …"). */
const AS_PARTICIPLES = new Set(['criticized', 'criticised', 'described', 'condemned', 'denounced']);
const MAX_AS_PHRASE = 12;
const MAX_SUBJECT = 8;
/** Nouns naming what is denied, though they are also verb forms ("The claims were denied by …"). */
const CLAIMS = /^(?:claims?|allegations?|reports?|accusations?|charges?|rumou?rs?|suggestions?)$/;
const SUBJECT_JOINERS = new Set(['of', 'the', 'a', 'an', 'his', 'her', 'their', 'its', 'this', 'these', 'that', 'those']);

/** Whether tokens [first, last] are a short noun phrase with no verb ("News of his death", "Her death"). */
function shortSubject(doc: Doc, first: number, last: number): boolean {
  const { lower, kind } = doc.tokens;
  if (last < first || last - first + 1 > MAX_SUBJECT) return false;
  for (let k = first; k <= last; k++) if (kind[k] !== WORD || (isStopWord(lower[k]) && !SUBJECT_JOINERS.has(lower[k]) && !CLAIMS.test(lower[k]))) return false;
  // A noun ends the phrase: not "This was announced by …", where the pronoun stands for something said before.
  return !SUBJECT_JOINERS.has(lower[last]);
}

function cueOf(doc: Doc, be: number, by: number, lemma: string): CueSpan {
  const start = doc.tokens.start[be];
  const end = doc.tokens.end[by];
  return { start, end, text: doc.text.slice(start, end), lemma, verbTok: be + 1, firstTok: be, lastTok: by, kind: 'verb', frames: new Set(['clause']), inflection: 'past' };
}

/** 1 for a report participle ("announced"), else 0: per distinct word (wordClasses). */
function participleClass(word: string): number {
  return REPORT_PARTICIPLES.has(word) ? 1 : 0;
}

export function passiveReports(doc: Doc, isCueAt: (t: number) => boolean): Draft[] {
  const { lower, para, wordId } = doc.tokens;
  const participle = doc.tokens.wordClasses(participleClass);
  const drafts: Draft[] = [];
  const draft = (first: number, last: number, be: number, by: number, lemma: string, agent: Phrase): void => {
    drafts.push({ kind: 'indirect', start: doc.tokens.start[first], end: doc.tokens.end[last], para: para[first], cue: cueOf(doc, be, by, lemma), phrase: agent, apposition: null, inherits: -1, quote: null });
  };
  for (let be = 1; be + 2 < doc.tokens.length; be++) {
    // One array read rules out most tokens before the map lookup.
    if (participle[wordId[be + 1]] === 0) continue;
    const lemma = REPORT_PARTICIPLES.get(lower[be + 1]);
    if (!lemma || !BE.has(lower[be]) || para[be] < 0) continue;
    const as = AS_PARTICIPLES.has(lower[be + 1]) ? asPhraseBeforeBy(doc, be + 2) : -1;
    // "… was announced this Friday by the initiators": a time adjunct may stand before "by".
    const by = as > 0 ? as : afterTimeAdjunct(doc, be + 2);
    if (lower[by] !== 'by') continue;
    const agent = phraseStartingAt(doc, by + 1);
    if (!agent || /^(?:saying|as)$/.test(lower[agent.last + 1] ?? '')) continue;
    // "… has been criticized as [an example of red tape] by critics": the description is what was said.
    if (as > 0) { draft(be + 3, by - 1, be, by, lemma, agent); continue; }
    // "Concern was expressed by the officials that [the weapons may be untraceable]". · "It was announced by
    // the ministry that [schools would reopen]": "it" stands in for the clause, the agent says it.
    if (lower[agent.last + 1] === 'that' && (EXPRESS_NOUNS.has(lower[be - 1]) || extraposedIt(doc, be) || HEARER_SUBJECTS.has(lemma))) {
      const last = clauseEnd(doc, agent.last + 2, isCueAt);
      if (last > agent.last + 2) draft(agent.last + 2, last, be, by, lemma, agent);
      continue;
    }
    const first = doc.sentStart[be];
    // "The allegations have been denied by …": the subject ends before the auxiliary.
    const last = lower[be] === 'been' && /^(?:has|have|had)$/.test(lower[be - 1]) ? be - 2 : be - 1;
    if ((REPORT_SUBJECTS.has(lemma) || JUDGED_SUBJECTS.has(lemma)) && shortSubject(doc, first, last) && !REFUSALS.has(lower[last])) draft(first, last, be, by, lemma, agent);
  }
  return drafts;
}

/** Whether "it" is the subject of the passive at `be` ("It was announced", "On Monday it has been confirmed"). */
function extraposedIt(doc: Doc, be: number): boolean {
  const lower = doc.tokens.lower;
  const subject = lower[be] === 'been' && /^(?:has|have|had)$/.test(lower[be - 1]) ? be - 2 : be - 1;
  return lower[subject] === 'it';
}

/** After "criticized" at `i - 1`: the "by" closing a short "as" phrase ("as an example of red tape by"), or -1. */
function asPhraseBeforeBy(doc: Doc, i: number): number {
  if (doc.tokens.lower[i] !== 'as') return -1;
  for (let k = i + 2; k <= i + MAX_AS_PHRASE && doc.tokens.sent[k] === doc.tokens.sent[i]; k++) {
    if (doc.tokens.lower[k] === 'by') return k;
    if (doc.tokens.kind[k] !== WORD && doc.tokens.lower[k] !== "'s" && doc.tokens.lower[k] !== '’s') return -1;
  }
  return -1;
}
