/**
 * A report in the passive, its source after "by": "News of his death was announced by his family." ·
 * "Her death was announced by the campaign she led." The subject (a short noun phrase opening the sentence)
 * is what was reported; the agent is the source. The verb alone is no cue in the passive ("was reported"),
 * so these are drafted here. Not "X is reported by Y saying …" (the subject speaks: see verbCue.ts).
 */
import type { CueSpan } from '../cues';
import type { Doc } from '../doc';
import { phraseStartingAt } from '../mentions/np';
import { isStopWord } from '../mentions/lexicon';
import { WORD } from '../text/tokenTable';
import type { Draft } from './drafts';

const BE = new Set(['was', 'were', 'is', 'are', 'been']);
const REPORT_PARTICIPLES: ReadonlyMap<string, string> = new Map([['announced', 'announce'], ['confirmed', 'confirm'], ['disclosed', 'disclose'], ['revealed', 'reveal']]);
const MAX_SUBJECT = 8;
const SUBJECT_JOINERS = new Set(['of', 'the', 'a', 'an', 'his', 'her', 'their', 'its']);

/** Whether tokens [first, last] are a short noun phrase with no verb ("News of his death", "Her death"). */
function shortSubject(doc: Doc, first: number, last: number): boolean {
  const { lower, kind } = doc.tokens;
  if (last < first || last - first + 1 > MAX_SUBJECT) return false;
  for (let k = first; k <= last; k++) if (kind[k] !== WORD || (isStopWord(lower[k]) && !SUBJECT_JOINERS.has(lower[k]))) return false;
  return true;
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

export function passiveReports(doc: Doc): Draft[] {
  const { lower, para, wordId } = doc.tokens;
  const participle = doc.tokens.wordClasses(participleClass);
  const drafts: Draft[] = [];
  for (let be = 1; be + 2 < doc.tokens.length; be++) {
    // One array read rules out most tokens before the map lookup.
    if (participle[wordId[be + 1]] === 0) continue;
    const lemma = REPORT_PARTICIPLES.get(lower[be + 1]);
    if (!lemma || !BE.has(lower[be]) || lower[be + 2] !== 'by' || para[be] < 0) continue;
    const first = doc.sentStart[be];
    const agent = phraseStartingAt(doc, be + 3);
    if (!agent || !shortSubject(doc, first, be - 1) || /^(?:saying|as)$/.test(lower[agent.last + 1] ?? '')) continue;
    const start = doc.tokens.start[first];
    const end = doc.tokens.end[be - 1];
    drafts.push({ kind: 'indirect', start, end, para: para[first], cue: cueOf(doc, be, be + 2, lemma), phrase: agent, apposition: null, inherits: -1, quote: null });
  }
  return drafts;
}
