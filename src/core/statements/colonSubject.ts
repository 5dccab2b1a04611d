/**
 * `The club chairman, Lars Holm, was more cautious: "We have won nothing yet."`: a quotation after a colon
 * that closes a clause with no speech verb is spoken by that clause's subject, when the subject can speak
 * (a proper name, a role or group noun, a pronoun); not `The rules are simple: "…"`, nor a fronted time
 * (`Tonight, the message was clear: "…"`).
 */
import type { Doc } from '../doc';
import type { QuoteSpan } from '../quotes/span';
import { describe } from '../mentions/describe';
import { ROLE_WORD, Walk } from '../mentions/npClasses';
import { SUBJECT_PRONOUNS } from '../mentions/lexicon';
import { clauseSubject } from './subject';
import type { QuoteAttribution } from './attribution';

export function colonSubject(doc: Doc, q: QuoteSpan): QuoteAttribution | null {
  const colon = q.openTok - 1;
  const { lower, sent, para } = doc.tokens;
  if (colon < 1 || lower[colon] !== ':' || para[colon] !== q.para || sent[colon - 1] !== sent[colon]) return null;
  const phrase = clauseSubject(doc, colon - 1);
  if (!phrase || phrase.last >= colon - 1) return null;
  const w = Walk.of(doc);
  let speaks = SUBJECT_PRONOUNS.has(lower[phrase.first]) || describe(doc, phrase).name !== null;
  for (let k = phrase.first; k <= phrase.last && !speaks; k++) speaks = w.is(k, ROLE_WORD);
  return speaks ? { cue: null, phrase, apposition: null, cueBefore: true } : null;
}
