/**
 * A quantifier standing alone as the source of a cue, for members of a group the text named before:
 *   "Three guards were questioned. One said he had seen nothing." · "Some say the council acted too late." ·
 *   "Most said they would accept." · "Both claimed that …" · "The first said …" · "…, but many said …".
 * The word opens its clause (the sentence, or after a comma or a coordinating conjunction): inside a phrase it
 * is a determiner ("one source said", read by the noun-phrase walks). Not the generic pronoun "one" before a
 * modal ("One could argue that …"): that names nobody.
 */
import type { CueSpan } from '../cues';
import type { Doc } from '../doc';
import type { Phrase } from '../mentions/np';
import data from '../data/quantifierSources.json';
import { modifiesNounAfter, opensClause } from '../cues/someSubject';

const QUANTIFIER_PRONOUNS: ReadonlySet<string> = new Set(data.pronouns);
const ORDINALS: ReadonlySet<string> = new Set(data.ordinals);
const MODALS: ReadonlySet<string> = new Set(data.modals);
const APPROXIMATORS: ReadonlySet<string> = new Set(data.approximators);

/** The quantifier (or "the" and an ordinal) ending at token `k` right before the cue, as its source; else null. */
export function quantifierPronounSource(doc: Doc, k: number, floor: number, cue: CueSpan): Phrase | null {
  const { lower } = doc.tokens;
  if (cue.inflection === 'ing') return null;
  if (lower[k] === 'one' && MODALS.has(lower[cue.firstTok])) return null;
  if (cue.inflection === 'past' && modifiesNounAfter(doc, cue.verbTok)) return null;
  // "One reason why …": a singular "one" never takes a bare base form ("one says"), so the word is a noun.
  if ((lower[k] === 'one' || lower[k] === 'each') && cue.inflection === 'base' && cue.firstTok === cue.verbTok) return null;
  if (QUANTIFIER_PRONOUNS.has(lower[k]) && opensClause(doc, k, floor)) return { first: k, last: k };
  // "Nearly half said …", "Only a few said …", "Almost all said …": an approximator before the quantifier.
  const approximated = lower[k - 1] === 'a' && lower[k] === 'few' ? k - 2 : k - 1;
  if (QUANTIFIER_PRONOUNS.has(lower[k]) && APPROXIMATORS.has(lower[approximated]) && opensClause(doc, approximated, floor)) return { first: approximated, last: k };
  if (ORDINALS.has(lower[k]) && lower[k - 1] === 'the' && opensClause(doc, k - 1, floor)) return { first: k - 1, last: k };
  return null;
}

/** "Both said …", "Each claimed …": the cue took the quantifier in as an adverb ("they both said"); alone, it is the source. */
export function quantifierInsideCue(doc: Doc, cue: CueSpan, floor: number): Phrase | null {
  const word = doc.tokens.lower[cue.firstTok];
  return (word === 'both' || word === 'each') && cue.firstTok === floor && cue.firstTok < cue.verbTok ? { first: cue.firstTok, last: cue.firstTok } : null;
}
