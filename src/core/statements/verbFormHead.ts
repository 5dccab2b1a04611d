/**
 * A subject whose head is a word the cue lexicon also knows as a verb: "The state admitted it made a mistake",
 * "The former secretary of state has long maintained that …", "Each state reported …". After a determiner or
 * "of" a base or -s form is a noun (no verb follows "the" or "of"), so the noun phrase ends there. The phrase
 * walker leaves such words out (mentions/np.ts: a verb form may be a verb's object), so this reads them.
 */
import type { Doc } from '../doc';
import { VERB_FORMS } from '../cues/lexicon';
import { WORD } from '../text/tokenTable';
import { phraseEndingAt, type Phrase } from '../mentions/np';
import { AUX } from './verbWords';

/** Determiners after which a base or -s form can only be a noun ("that" may be a relative pronoun: left out). */
const DETERMINERS = new Set(['the', 'each', 'every', 'this', 'its', 'their', 'his', 'her', 'our']);

/** The phrase "DETERMINER FORM" or "PHRASE of FORM" ending at token `k` (right before the cue), or null. */
export function verbFormHead(doc: Doc, k: number, floor: number): Phrase | null {
  const { lower, kind, cap, sent } = doc.tokens;
  const form = VERB_FORMS.get(lower[k]);
  if (!form || (form.inflection !== 'base' && form.inflection !== 's') || kind[k] !== WORD || cap[k] === 1) return null;
  const prev = k - 1;
  if (prev < floor || sent[prev] !== sent[k]) return null;
  if (DETERMINERS.has(lower[prev])) return { first: prev, last: k };
  if (lower[prev] !== 'of') return null;
  const owner = phraseEndingAt(doc, prev - 1, floor);
  // Not "while she was secretary of state pleaded …": after a verb the phrase is its complement, no subject.
  return owner && !AUX.has(lower[owner.first - 1] ?? '') ? { first: owner.first, last: k } : null;
}
