/**
 * A plural speech noun right after the past form of a common verb is that verb's object: "The inquiry heard
 * claims that the guards beat prisoners", "The file included reports that the dam could fail", "The party
 * welcomed calls for a recount". The -s form is one that is also a plural noun ("claims", "reports", "calls" —
 * never "says"), and the verb before it is a form of a common verb, not a cue's (the lists of verbWords.ts), so a
 * reduced relative before a verb is not read so ("The man arrested says …" keeps its verb).
 */
import type { Doc } from '../doc';
import { WORD } from '../text/tokenTable';
import { PLURAL_SPEECH_NOUNS } from './verbCue';
import { COMMON_VERBS, IRREGULAR_PAST } from '../statements/verbWords';
import { VERB_FORMS } from './lexicon';

/** Whether the -s cue form at token `i` is the plural object of the verb before it. */
export function isObjectOfVerb(doc: Doc, i: number): boolean {
  const { lower, kind, cap, sent } = doc.tokens;
  const prev = i - 1;
  if (prev < 1 || sent[prev] !== sent[i] || kind[prev] !== WORD || cap[prev] === 1 || !PLURAL_SPEECH_NOUNS.has(lower[i])) return false;
  const verb = lower[prev];
  return !VERB_FORMS.has(verb) && (COMMON_VERBS.has(verb) || IRREGULAR_PAST.has(verb));
}
