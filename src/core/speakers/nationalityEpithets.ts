/**
 * Nationality and party nouns that refer back to the person the article gives that country or party: "Owen
 * Pritchard of Britain won the stage. "…," the Briton said", "Senator Ruth Calloway, a Democrat, … the Democrat
 * said": the most recent person whose names, roles or descriptions hold the noun or a word of its country ("of
 * Britain", "British cyclist", "Frenchman Luc Armand", "a Democrat"). Tried before epithets.ts, which, with no
 * such evidence, takes the one person just named ("Manuel Ortiz joined … the Argentine added").
 */
import data from '../data/epithets.json';
import type { MentionInfo } from '../mentions/describe';
import type { Entity } from './entities';
import { entityHasWord } from './descriptions';

const EPITHETS: ReadonlyMap<string, readonly string[]> = new Map(Object.entries(data.epithets));
/** "the Briton", "the Ohio Democrat", "the South African": the article, at most three capitalised words, the noun last. */
const DEFINITE = /^[Tt]he(?:\s+\p{Lu}[\p{L}.]*){1,3}$/u;
/** "a Democrat", "a Briton": the same noun in apposition describes the name before it. */
const INDEFINITE = /^[Aa]n?(?:\s+\p{Lu}\p{L}*){1,2}$/u;

/** The epithet that ends a phrase ("south african" before "african"), or null. */
function epithetAtEnd(text: string): string | null {
  const words = text.toLowerCase().split(/\s+/);
  const two = words.slice(-2).join(' ');
  if (words.length > 2 && EPITHETS.has(two)) return two;
  return EPITHETS.has(words[words.length - 1]) ? words[words.length - 1] : null;
}

/**
 * The epithet a definite phrase refers back by ("the Briton" → "briton"), or null; the phrase may be read as a
 * name ("Briton") or as a description naming no one (a nationality noun after "the", mentions/describe.ts).
 */
export function definiteEpithet(info: MentionInfo): string | null {
  return !info.pronoun && !info.parts.length && DEFINITE.test(info.text) ? epithetAtEnd(info.text) : null;
}

/** Whether a phrase is an indefinite epithet ("a Democrat") that describes a name in apposition before it. */
export function isIndefiniteEpithet(info: MentionInfo): boolean {
  return !info.pronoun && !info.parts.length && INDEFINITE.test(info.text) && epithetAtEnd(info.text) !== null;
}

const singlePerson = (e: Entity) => e.members.length === 0 && !e.plural && e.kind === 'person';

/** The most recent person the epithet fits, or null. */
export function nationalityAntecedent(word: string, recent: readonly Entity[]): Entity | null {
  const country = EPITHETS.get(word) ?? [];
  // A country of several words ("New Zealand") must have all its words.
  const has = (e: Entity, words: string) => words.split(' ').every((w) => entityHasWord(e, w));
  return recent.find((e) => singlePerson(e) && (has(e, word) || country.some((w) => has(e, w)))) ?? null;
}
