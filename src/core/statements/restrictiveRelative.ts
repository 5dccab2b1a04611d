/**
 * A source with a restrictive relative clause before its cue: "A diplomat who attended the meeting said …" ·
 * "An official who spoke on condition of anonymity said …" · "A witness who asked to remain anonymous said …".
 * The phrase ending at the cue is the relative's object ("the meeting", "anonymity") or nothing; the source is
 * the noun before "who". The relative must open with its own verb: in "the man who police said was armed" the
 * cue is inside the relative and "police" speaks. After the content too: "…, a diplomat who attended the
 * meeting said." (postposed.ts reads the source's words up to "who").
 */
import type { Doc } from '../doc';
import { phraseEndingAt, type Phrase } from '../mentions/np';
import { VERB_FORMS } from '../cues/lexicon';
import { WORD } from '../text/tokenTable';
import { AUX, COMMON_VERBS, IRREGULAR_PAST } from './verbWords';
import { determinedNoun } from './determinedNoun';
import { thoseBeforeRelative } from './thoseSource';

const MAX_RELATIVE = 12;
const ADVERBS = new Set(['also', 'only', 'once', 'later', 'previously', 'recently', 'often', 'never']);

/** Whether token `k` is a finite verb form or an auxiliary ("attended", "spoke", "has", "asked"). */
function finiteVerb(doc: Doc, k: number): boolean {
  const word = doc.tokens.lower[k] ?? '';
  const form = VERB_FORMS.get(word)?.inflection;
  return AUX.has(word) || COMMON_VERBS.has(word) || IRREGULAR_PAST.has(word) || form === 'past' || form === 's' || /^[a-z]{3,}ed$/.test(word);
}

/** The "who" of a relative clause that runs, unpunctuated and with its own verb, up to token `k`; or -1. */
export function relativeBefore(doc: Doc, k: number, floor: number): number {
  const { lower, kind, cap } = doc.tokens;
  for (let j = k - 1; j > floor && j >= k - MAX_RELATIVE; j--) {
    if (kind[j] !== WORD) return -1;
    if (lower[j] !== 'who' || cap[j] === 1) continue;
    let v = j + 1;
    while (v < k && ADVERBS.has(lower[v])) v++;
    return finiteVerb(doc, v) ? j : -1;
  }
  return -1;
}

/** The antecedent of a "who" relative clause that runs, unpunctuated, up to token `k` before a cue; or null. */
export function sourceBeforeRelative(doc: Doc, k: number, floor: number): Phrase | null {
  let who = relativeBefore(doc, k, floor);
  // "Another worshipper who prayed there and who did not want to be named said …": two relatives joined by
  // "and"; the source stands before the first.
  const lower = doc.tokens.lower;
  if (who > floor + 1 && (lower[who - 1] === 'and' || lower[who - 1] === 'or')) {
    const first = relativeBefore(doc, who - 1, floor);
    if (first >= 0) who = first;
  }
  return who < 0 ? null : phraseEndingAt(doc, who - 1, floor) ?? determinedNoun(doc, who - 1, floor) ?? thoseBeforeRelative(doc, who, k, floor);
}
