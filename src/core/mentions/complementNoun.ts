/**
 * A lowercase noun after a modifier that the forward walk (np.ts phraseStartingAt) would take for the verb ending
 * the phrase, kept when a place name follows it after a locative joiner: "Residents on the small Maldive island
 * of Kudahuvadhoo claimed …", "Workers at a Dutch plant in Eindhoven said …". A verb there ("Ruiz lived in Oslo",
 * "Lee works at Acme", "Aides met near Ostend") is a past, -s or -ing form or a common verb, which stay out.
 */
import type { Doc } from '../doc';
import { WORD } from '../text/tokenTable';
import { isStopWord } from './lexicon';
import { VERB_FORMS } from '../cues/lexicon';
import { COMMON_PAST, COMMON_VERBS, IRREGULAR_PAST } from '../statements/verbWords';

const LOCATIVE_JOINERS = new Set(['of', 'in', 'on', 'at', 'near']);

export function isNounBeforePlace(doc: Doc, i: number): boolean {
  const { lower, cap, kind, sent } = doc.tokens;
  const w = lower[i];
  if (kind[i] !== WORD || cap[i] === 1 || isStopWord(w) || /(?:s|ed|ing)$/.test(w)) return false;
  if (VERB_FORMS.has(w) || COMMON_VERBS.has(w) || COMMON_PAST.has(w) || IRREGULAR_PAST.has(w)) return false;
  const place = i + 2;
  return sent[place] === sent[i] && LOCATIVE_JOINERS.has(lower[i + 1]) && kind[place] === WORD && cap[place] === 1;
}
