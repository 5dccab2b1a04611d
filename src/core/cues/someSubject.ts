/**
 * A quantifier opening its clause as the subject of the verb after it: "Residents gathered outside. Some said
 * they had not been warned." The cue finder (verbCue.ts) reads "some" there as the pronoun, not the determiner
 * of a noun ("some reports"); the subject finder (statements/quantifierPronoun.ts) reads the same clause
 * opening and the same past-as-modifier test.
 */
import type { Doc } from '../doc';
import { DETERMINERS, isStopWord, isVerbFormOnly } from '../mentions/lexicon';
import { WORD } from '../text/tokenTable';

const CLAUSE_LINKS = new Set([',', ';', 'and', 'but', 'yet', 'while', 'whereas', 'though', 'although']);

/** Whether token `k` opens its clause: the sentence's first token, or after a comma or a conjunction. */
export function opensClause(doc: Doc, k: number, floor: number): boolean {
  return k === floor || (k > floor && CLAUSE_LINKS.has(doc.tokens.lower[k - 1]));
}

/**
 * "One reported case was confirmed", "Several claimed victories turned out false", "One stated goal is …": a
 * past form (not "said" or "told") right before a bare lowercase noun modifies that noun, and the quantifier
 * is its determiner. "Some said prices had fallen" keeps its clause: no noun is "said" in news text.
 */
export function modifiesNounAfter(doc: Doc, verb: number): boolean {
  const { lower, kind, cap } = doc.tokens;
  const noun = verb + 1;
  // (A cue that ends the text has no word after it: "… Some announced".)
  const word = lower[noun] ?? '';
  // A noun that is also a verb form ("projects", "changes") is a noun here too; a gerund is the content
  // ("One described asking the guards for help").
  const nounLike = !isStopWord(word) || (isVerbFormOnly(word) && !word.endsWith('ing'));
  return lower[verb] !== 'said' && lower[verb] !== 'told' && kind[noun] === WORD && cap[noun] !== 1 && nounLike && !DETERMINERS.has(word);
}

/**
 * "Residents gathered outside. Some said they had not been warned.": "some" opening its clause right before a
 * past or base form of a cue is the pronoun, the verb's subject, not the determiner of a noun ("some reports").
 */
export function someAsSubject(doc: Doc, prev: number, verb: number): boolean {
  return doc.tokens.lower[prev] === 'some' && prev === verb - 1 && opensClause(doc, prev, doc.sentStart[prev]) && !(doc.tokens.lower[verb].endsWith('ed') && modifiesNounAfter(doc, verb));
}
