/**
 * A speech noun owned by its source, with its "that" clause: "Lee's assertion Monday that more troops are
 * needed drew rebukes" · "just before Lee's announcement that he would run" · "The agency's vow that answers
 * stay private is hollow" · "his promise that taxes would not rise". The owner made the statement, so the
 * clause is an indirect statement of the owner (cue: the noun). Not a noun of belief ("Lee's fear that …"),
 * nor the object of a cue ("Ruiz denied Lee's claim that …" is read from "denied" and stays so).
 * When the phrase is the sentence's subject, the clause ends before the sentence's own predicate ("… drew
 * rebukes", "… is hollow").
 */
import type { Doc } from '../doc';
import { phraseEndingAt } from '../mentions/np';
import { isRoleWord } from '../mentions/npClasses';
import { POSSESSIVE_PRONOUNS } from '../mentions/lexicon';
import { QUOTE, WORD } from '../text/tokenTable';
import { clauseEnd } from './clauseEnd';
import { lastBeforeComma } from './clauseBounds';
import { isClause } from './clause';
import { AUX, COMMON_PAST, IRREGULAR_PAST } from './verbWords';
import type { Draft } from './drafts';

const SPEECH_NOUNS = new Set(['statement', 'claim', 'claims', 'assertion', 'assertions', 'announcement', 'vow', 'promise', 'pledge', 'insistence', 'contention', 'argument', 'warning', 'suggestion', 'allegation', 'allegations', 'accusation', 'admission', 'declaration', 'prediction', 'assurance', 'assurances', 'acknowledgment', 'acknowledgement', 'complaint', 'boast', 'remark', 'comment', 'testimony', 'insinuation']);
/** A time word between the noun and "that" ("Lee's assertion Monday that …"). */
const TIME_WORDS = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|earlier|last|this|week|month|year|night|morning|afternoon|evening)$/;
/** Words that keep a verb inside the clause rather than make it the sentence's predicate. */
const INSIDE = new Set(['that', 'which', 'who', 'whom', 'to', 'and', 'or', 'but', 'not', 'never', 'been', 'being', 'be']);

/** The owner's phrase ending before the noun at `noun` (past one lowercase modifier), or null. */
function owner(doc: Doc, noun: number, floor: number): { first: number; last: number } | null {
  const { lower, kind, cap } = doc.tokens;
  let mark = noun - 1;
  // "Lee's repeated assertion": one lowercase modifier.
  if (kind[mark] === WORD && cap[mark] !== 1 && !POSSESSIVE_PRONOUNS.has(lower[mark]) && lower[mark] !== "'s" && lower[mark] !== '’s') mark--;
  if (mark < floor) return null;
  if (POSSESSIVE_PRONOUNS.has(lower[mark]) && lower[mark] !== 'its') return { first: mark, last: mark };
  // "Lee's", and a plural's or a name's bare apostrophe: "the Census' vow".
  const apostrophe = lower[mark] === "'s" || lower[mark] === '’s' || (kind[mark] === QUOTE && (lower[mark] === "'" || lower[mark] === '’') && /s$/.test(lower[mark - 1] ?? ''));
  if (!apostrophe || mark - 1 < floor) return null;
  const phrase = phraseEndingAt(doc, mark - 1, floor);
  // A name, or a role or group noun ("the agency's vow"); not a thing ("the plan's promise").
  return phrase && (cap[phrase.last] === 1 || isRoleWord(lower[phrase.last])) ? phrase : null;
}

/** Verbs that make or deliver a statement: after one, "that" was a relative ("the statement that he issued on Monday"). */
const DELIVERING = new Set(['released', 'issued', 'made', 'gave', 'wrote', 'posted', 'sent', 'read', 'delivered', 'published', 'tweeted', 'signed', 'drafted', 'prepared', 'repeated', 'offered', 'put', 'kept', 'broke', 'withdrew', 'retracted']);

/** Whether the words after "that" at `first` read as a relative clause: a verb first, or a delivering verb without its object. */
function relativeThat(doc: Doc, first: number): boolean {
  const lower = doc.tokens.lower;
  if (AUX.has(lower[first]) || lower[first].endsWith('ed')) return true;
  for (let k = first + 1; k <= first + 3; k++) if (DELIVERING.has(lower[k])) return !/^(?:a|an|the|his|her|their|its|this|that)$/.test(lower[k + 1] ?? '');
  return false;
}

/** In a sentence opened by the owner's phrase, the last token before the sentence's own predicate, or `last`. */
function beforePredicate(doc: Doc, first: number, last: number): number {
  const { lower, kind, cap } = doc.tokens;
  let verbSeen = false;
  for (let k = first; k <= last; k++) {
    if (kind[k] !== WORD) continue;
    const w = lower[k];
    const finite = AUX.has(w) || IRREGULAR_PAST.has(w) || COMMON_PAST.has(w) || (w.endsWith('ed') && w.length > 4);
    if (!finite || cap[k] === 1) continue;
    const prev = lower[k - 1];
    if (verbSeen && kind[k - 1] === WORD && !INSIDE.has(prev) && !AUX.has(prev) && k - 1 > first) return k - 1;
    verbSeen = true;
  }
  return last;
}

export function possessedSpeechDrafts(doc: Doc, isCueAt: (t: number) => boolean): Draft[] {
  const { lower, para, sent, start, end } = doc.tokens;
  const drafts: Draft[] = [];
  for (let noun = 1; noun < doc.tokens.length - 2; noun++) {
    if (!SPEECH_NOUNS.has(lower[noun]) || para[noun] < 0) continue;
    const that = TIME_WORDS.test(lower[noun + 1]) ? noun + 2 : noun + 1;
    if (lower[that] !== 'that' || sent[that] !== sent[noun]) continue;
    const floor = doc.sentStart[noun];
    const source = owner(doc, noun, floor);
    if (!source || (source.first - 1 >= floor && isCueAt(source.first - 1))) continue;
    const b = doc.sentEnd[noun];
    const first = that + 1;
    if (first > b || !isClause(doc, first, b) || relativeThat(doc, first)) continue;
    let last = clauseEnd(doc, first, isCueAt);
    if (source.first === floor) last = beforePredicate(doc, first, last);
    // "… including his plan to …, his statement that X, and his refusal …": an item of a list ends at its comma.
    if (lower[source.first - 1] === ',' || lower[source.first - 1] === 'including') last = lastBeforeComma(doc, first, last);
    if (last < first + 1) continue;
    drafts.push({ kind: 'indirect', start: start[first], end: end[last], para: para[first], cue: null, phrase: source, apposition: null, inherits: -1, quote: null });
  }
  return drafts;
}
