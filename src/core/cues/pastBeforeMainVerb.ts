/**
 * A past form between its noun and the clause's own verb: "The funds promised in March have not arrived", "The
 * deal, announced Friday, would last …", "A report published Wednesday said …". Only a bare time (a weekday,
 * "yesterday"), "that day" or a short time phrase ("in March", "earlier this month") may stand between; not
 * "concluded in 2009 he had been unfit", where a subject after the adjunct opens the content clause.
 * One of the readings nounModifyingPast.ts uses to tell a noun's participle from a cue verb.
 */
import type { Doc } from '../doc';
import { VERB_FORMS } from './lexicon';
import { WORD } from '../text/tokenTable';
import { DAY_WORDS } from '../mentions/lexicon';
import { FINITE_AUXILIARIES } from '../statements/verbWords';

const TIME_LINKS = new Set(['in', 'on', 'at', 'last', 'this', 'earlier']);
/** Words of a time phrase after a link word ("in March", "last year", "earlier this month") or "that". */
const TIME_WORDS = /^(?:the|this|last|year|week|month|day|spring|summer|autumn|fall|winter|morning|evening|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)$/;

/**
 * "The funds promised in March have not arrived", "The aid announced last year has not come": a past form
 * after a lowercase noun, then at most a short time adjunct, then the clause's own tensed auxiliary —
 * the past form modifies the noun; "have not arrived" is no content of "promised".
 */
export function beforeMainVerb(doc: Doc, i: number): boolean {
  const { lower, kind, cap, digitFirst } = doc.tokens;
  // "The deal, announced Friday, would last …": set off by commas after a lowercase noun, the same reading.
  const commas = lower[i - 1] === ',' && i >= 2;
  const prev = commas ? i - 2 : i - 1;
  if (prev < 0 || kind[prev] !== WORD || cap[prev] === 1 || /^(?:he|she|it|they|we|i|you|who|which|that)$/.test(lower[prev])) return false;
  let j = i + 1;
  // "The plan announced Friday was …", "The strategy outlined that day was …": a bare time phrase.
  if (DAY_WORDS.has(lower[j] ?? '')) j++;
  else if (lower[j] === 'that' && TIME_WORDS.test(lower[j + 1] ?? '') && lower[j + 1] !== 'the') j += 2;
  else if (TIME_LINKS.has(lower[j] ?? '')) {
    j++;
    // "in March", "last year", "on Monday", "earlier this month", "in the spring": up to three time words
    // (not "concluded in 2009 he had been unfit": a subject after the adjunct opens the content clause).
    const stop = j + 3;
    while (j < stop && kind[j] === WORD && (TIME_WORDS.test(lower[j]) || digitFirst[j] === 1)) j++;
  }
  if (commas) { if (lower[j] !== ',' || j === i + 1) return false; j++; }
  if (j <= i || kind[j] !== WORD) return false;
  // "A report published Wednesday said …": a finite cue verb after the time is the clause's own verb too.
  const verb = VERB_FORMS.get(lower[j] ?? '')?.inflection;
  return FINITE_AUXILIARIES.has(lower[j] ?? '') || (j > i + 1 && (verb === 'past' || verb === 's'));
}
