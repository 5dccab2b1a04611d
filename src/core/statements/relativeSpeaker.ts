/**
 * A participle cue after a relative clause whose verb is itself a cue: "The envoy met Queen Lena, who argued
 * for sanctions, saying: "…"" — the participle goes on with the relative's act of speaking, so the one the
 * relative stands for speaks (Queen Lena), not the sentence's subject. A relative with any other verb ("who
 * was visiting the capital, saying …") leaves the participle to the sentence's subject.
 */
import type { Doc } from '../doc';
import { phraseEndingAt, type Phrase } from '../mentions/np';
import { VERB_FORMS } from '../cues/lexicon';
import { QUOTE } from '../text/tokenTable';
import { nameBeforeIndefiniteAppositive } from './subjectBeforeComma';
import type { Subject } from './subject';

const ADVERBS = new Set(['also', 'then', 'later', 'repeatedly', 'strongly', 'reportedly']);

/** The antecedent of ", who <cue verb> …" closed by the comma or semicolon at `mark` before a participle, or null. */
export function relativeSpeaker(doc: Doc, mark: number, floor: number): Phrase | null {
  const { lower, kind } = doc.tokens;
  let comma = -1;
  for (let j = mark - 1; j > floor && j > mark - 30; j--) {
    if (kind[j] === QUOTE || lower[j] === ';') return null;
    if (lower[j] === ',') { comma = j; break; }
  }
  if (comma < 0 || lower[comma + 1] !== 'who') return null;
  let v = comma + 2;
  while (ADVERBS.has(lower[v])) v++;
  const form = VERB_FORMS.get(lower[v]);
  if (!form || (form.inflection !== 'past' && form.inflection !== 's') || v >= mark) return null;
  const phrase = phraseEndingAt(doc, comma - 1, floor);
  return phrase ? nameBeforeIndefiniteAppositive(doc, comma, floor) ?? phrase : null;
}

/** relativeSpeaker as the Subject of the participle cue. */
export function relativeSubject(doc: Doc, mark: number, floor: number): Subject | null {
  const phrase = relativeSpeaker(doc, mark, floor);
  return phrase ? { phrase, apposition: null } : null;
}
