/**
 * Shapes around a cue's subject that the subject finder (subject.ts) asks about: a post-modified source ending in
 * an object pronoun, a participle's object, an opening preposition's object, relatives that go on speaking, a
 * shop's name with its "'s".
 */
import type { CueSpan } from '../cues';
import type { Doc } from '../doc';
import { phraseEndingAt, type Phrase } from '../mentions/np';
import { withPostModifier } from './postModifier';

/** "Sources close to her said …": an object pronoun ends a post-modified source, which must reach a head noun. */
export function modifiedBeforePronoun(doc: Doc, k: number, floor: number): Phrase | null {
  if (!/^(?:him|her|them)$/.test(doc.tokens.lower[k])) return null;
  const whole = withPostModifier(doc, { first: k, last: k }, floor);
  return whole.first < k ? whole : null;
}

/**
 * "He testified for days, spending hours of evidence saying he was innocent": a phrase opened by a lowercase
 * participle after a comma is that participle's object, no source; the clause's subject speaks.
 */
export function opensWithParticiple(doc: Doc, phrase: Phrase): boolean {
  const { lower, cap } = doc.tokens;
  return cap[phrase.first] !== 1 && lower[phrase.first].endsWith('ing') && lower[phrase.first - 1] === ',';
}

/**
 * "On the package of powers promised to voters, Cameron said …": a phrase right after the preposition opening
 * the sentence is that preposition's object, so a past form after it is a participle, not the verb of a source.
 */
export function objectOfOpeningPreposition(doc: Doc, phrase: Phrase, floor: number): boolean {
  const before = phrase.first - 1;
  return before === floor && OPENING_PREPOSITIONS.has(doc.tokens.lower[before]);
}
const OPENING_PREPOSITIONS = new Set(['on', 'about', 'regarding', 'concerning', 'of', 'for', 'with', 'over', 'under', 'despite', 'amid', 'among']);

/**
 * Participles that go on with a relative's act of speaking ("…, who argued for sanctions, saying …"); not a
 * verb of the sentence's subject's own act ("met the families, who told him of their loss, promising an inquiry").
 */
const SPEAKING_ON = new Set(['say', 'state', 'add', 'insist', 'argue', 'stress', 'explain', 'note', 'declare', 'claim', 'warn', 'write']);
export const goesOnSpeaking = (cue: CueSpan) => SPEAKING_ON.has(cue.lemma);

/** "Hadley's" right before a cue: a capitalised name with its "'s" attached, as one phrase. */
export function nameEndingInPossessive(doc: Doc, k: number, floor: number): Phrase | null {
  const { lower, cap, start, end } = doc.tokens;
  if ((lower[k] !== "'s" && lower[k] !== '’s') || k - 1 < floor || cap[k - 1] !== 1 || start[k] !== end[k - 1]) return null;
  const name = phraseEndingAt(doc, k - 1, floor);
  return name ? { first: name.first, last: k } : null;
}
