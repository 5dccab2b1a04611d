/**
 * A participle inside a relative clause: "The patient was flown to the clinic, where surgeon Ana Ruiz was
 * cheered by staff upon announcing the operation had worked." A participle after "upon"/"while"/"after" with
 * no comma before it belongs to the nearest clause, the one a relative "where"/"when" opened after the last
 * comma, so its subject is that clause's subject (Ana Ruiz), not the sentence's (the patient).
 */
import type { Doc } from '../doc';
import { phraseStartingAt, type Phrase } from '../mentions/np';
import { VERB_FORMS } from '../cues/lexicon';
import { QUOTE } from '../text/tokenTable';
import { IRREGULAR_PAST } from './verbWords';

const RELATIVE_ADVERBS = new Set(['where', 'when']);
const AUXILIARIES = new Set(['was', 'were', 'is', 'are', 'had', 'has', 'have']);

/** The subject of a "where"/"when" clause holding the subordinator at token `k`, or null. */
export function relativeClauseSubject(doc: Doc, k: number, floor: number): Phrase | null {
  const { lower, kind } = doc.tokens;
  let comma = -1;
  for (let j = k - 1; j > floor && j > k - 30; j--) {
    if (kind[j] === QUOTE || lower[j] === ';') return null;
    if (lower[j] === ',') { comma = j; break; }
  }
  if (comma < 0 || !RELATIVE_ADVERBS.has(lower[comma + 1])) return null;
  const phrase = phraseStartingAt(doc, comma + 2);
  if (!phrase || phrase.last + 1 >= k) return null;
  // The phrase is the clause's subject only when a finite verb follows it ("where Ruiz was cheered", "where
  // coach Berg spoke to fans while promising …").
  const verb = lower[phrase.last + 1] ?? '';
  const form = VERB_FORMS.get(verb);
  return AUXILIARIES.has(verb) || IRREGULAR_PAST.has(verb) || (verb.length > 4 && verb.endsWith('ed')) || (form && form.inflection === 'past') ? phrase : null;
}
