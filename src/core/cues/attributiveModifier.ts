/**
 * A past or -ing form of a cue verb used as an adjective before a noun, after a word that never ends a subject:
 * "the party's own recommended list", "a list of 25 recommended delegates", "made it on to recommended slates",
 * "There is other promising news for the mayor". A verb there would need a subject; "own", "other" and
 * "another", a numeral counted by a determiner or "of", and "to" before a past form stand only inside a noun
 * phrase. A pronoun or a function word after the form keeps the verb ("the other said he …", "12 said they …").
 */
import type { Doc } from '../doc';
import { WORD } from '../text/tokenTable';
import { DETERMINERS, isStopWord } from '../mentions/lexicon';
import { PAST_AS_BASE, VERB_FORMS } from './lexicon';

/** Words inside a noun phrase that a modifier, never a verb, follows. */
const MODIFIER_BEFORE = new Set(['own', 'other', 'another']);
/** Words that make a following numeral a count inside a noun phrase ("of 25", "the 25", "its 25"). */
const COUNTERS = new Set(['of', 'the', 'its', 'their', 'his', 'our', 'my', 'your', 'these', 'those']);

/** Whether the cue form at token `i` modifies the common noun after it. */
export function isAttributiveModifier(doc: Doc, i: number): boolean {
  const { lower, kind, cap, sent, digitFirst } = doc.tokens;
  const inflection = VERB_FORMS.get(lower[i])?.inflection;
  if (inflection !== 'past' && inflection !== 'ing') return false;
  const prev = i - 1;
  const next = i + 1;
  if (prev < 0 || next >= doc.tokens.length || sent[prev] !== sent[i] || sent[next] !== sent[i]) return false;
  if (kind[next] !== WORD || cap[next] === 1 || isStopWord(lower[next]) || DETERMINERS.has(lower[next])) return false;
  if (MODIFIER_BEFORE.has(lower[prev])) return true;
  if (digitFirst[prev] === 1 && COUNTERS.has(lower[prev - 1] ?? '')) return true;
  return inflection === 'past' && lower[prev] === 'to' && !PAST_AS_BASE.has(lower[i]);
}
