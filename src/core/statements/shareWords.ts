/**
 * The words of a share of a group, one list each for the rules that read a share as a source: pollShare.ts
 * ("About 40 percent said", "Two in three said"), proportionSource.ts ("Almost 90% of respondents said") and
 * shareSource.ts ("More than 4 in 10 said", "…, and nearly a third of voters said"). Each rule adds its own small
 * words to these where it reads more (see there).
 * Kept apart on purpose: parallelShare.ts's approximators stand before "the same number" / "as many", where
 * "over" and "under" are prepositions ("and over the same period"); contentStart.ts's are only those that look
 * like prepositions after a cue ("said about 200 homes …").
 */
import quantifiers from '../data/quantifierSources.json';

/**
 * Approximators before a figure or a share: "about 40 percent", "nearly a third", "under half", "some 200". The
 * quantifier pronouns' list (data/quantifierSources.json: "Nearly half said", read by quantifierPronoun.ts) and
 * "under" and "some", which that list does not take ("some" is one of its pronouns); adding them there would
 * change what it reads, so it stays as it is.
 */
export const FIGURE_APPROXIMATORS: ReadonlySet<string> = new Set([...quantifiers.approximators, 'under', 'some']);

/** Number words of a share in words ("two in three", "two-thirds"). */
export const NUMBER_WORDS: ReadonlySet<string> = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten']);

/** Fractions and per cent: the words that end a share ("40 percent", "90%", "half", "two-thirds", "a fifth"). */
export const FRACTIONS: ReadonlySet<string> = new Set(['percent', '%', 'half', 'third', 'thirds', 'quarter', 'quarters', 'fifth', 'fifths']);

/** The fractions, and the nouns of a share without a figure ("a majority of voters", "a minority said"). */
export const SHARE_NOUNS: ReadonlySet<string> = new Set([...FRACTIONS, 'majority', 'minority']);
