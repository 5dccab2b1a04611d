/**
 * "Those who attended said …", "Those surveyed said …", "Most of those polled said …": the demonstrative
 * "those" heads a group source of its own, with a relative clause or a past participle after it. The phrase
 * walks (mentions/np.ts) read "those" only as a determiner before a noun, so subject.ts asks here.
 */
import type { Doc } from '../doc';
import type { Phrase } from '../mentions/np';

/** Past participles that describe the people a survey or a reporter asked ("those surveyed"). */
const ASKED = /^(?:surveyed|polled|asked|interviewed|questioned|contacted|reached|sampled)$/;

/** "those who attended": `who` is the relative's pronoun, `last` the relative's last token before the cue. */
export function thoseBeforeRelative(doc: Doc, who: number, last: number, floor: number): Phrase | null {
  return who - 1 >= floor && doc.tokens.lower[who - 1] === 'those' ? { first: who - 1, last } : null;
}

/** "those surveyed": `k` is the participle right before the cue. */
export function thoseAsked(doc: Doc, k: number, floor: number): Phrase | null {
  const lower = doc.tokens.lower;
  return k - 1 >= floor && lower[k - 1] === 'those' && ASKED.test(lower[k]) ? { first: k - 1, last: k } : null;
}
