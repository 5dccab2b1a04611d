/**
 * "She is describing the plan's benefits, while Baker is arguing that it will fail.": a progressive cue in a
 * clause opened by a subordinator or a coordinator has its own subject right before its auxiliary, not the
 * subject of the sentence's first clause (subject.ts).
 */
import type { Doc } from '../doc';
import { phraseEndingAt, type Phrase } from '../mentions/np';
import { SUBJECT_PRONOUNS } from '../mentions/lexicon';

/** Tensed forms of "be" that make a progressive with the "-ing" cue ("is arguing", "were saying"). */
const PROGRESSIVE_BE = new Set(['is', 'are', 'was', 'were']);
/** Words opening a clause inside the sentence, before its subject. */
const CLAUSE_OPENERS = new Set(['while', 'whilst', 'whereas', 'although', 'though', 'because', 'since', 'when', 'and', 'but']);

/** `aux`: the token right before the "-ing" cue. */
export function progressiveSubject(doc: Doc, aux: number, floor: number): Phrase | null {
  const lower = doc.tokens.lower;
  if (!PROGRESSIVE_BE.has(lower[aux]) || aux - 1 <= floor) return null;
  const phrase = SUBJECT_PRONOUNS.has(lower[aux - 1]) ? { first: aux - 1, last: aux - 1 } : phraseEndingAt(doc, aux - 1, floor);
  if (!phrase || phrase.first - 1 < floor) return null;
  const opener = phrase.first - 1;
  // "…, while Baker is arguing": the opener, after a comma, starts a clause of its own.
  return CLAUSE_OPENERS.has(lower[opener]) && lower[opener - 1] === ',' ? phrase : null;
}
