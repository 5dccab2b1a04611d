/**
 * A first name alone as a later mention: "Maria Lindqvist and her husband, Erik Lindqvist, run the bakery. Erik
 * said …" — the one person met so far whose name opens with it.
 */
import { FEMALE_NAMES, MALE_NAMES, ROLES, TITLES } from '../mentions/lexicon';
import type { Entity } from './entities';

/** A gender, or a title or role word before the name ("Premier", "disaster official"). */
function knownPerson(e: Entity): boolean {
  const roleHead = e.role?.toLowerCase().split(/\s+/).pop() ?? '';
  return e.gender !== null || TITLES.has(roleHead) || ROLES.has(roleHead);
}

/**
 * The one person of `all` whose name (its normalised words by `wordsOf`) opens with `word`, or null when none or
 * several do. "Premier Ho Lin met … Ho said": a family name written first is no known given name; it opens a
 * two-word name of someone known to be a person by a title or role word or a gender ("five Grammy Awards" is
 * neither).
 */
export function personByFirstName(word: string, all: readonly Entity[], wordsOf: (name: string) => readonly string[]): Entity | null {
  const given = FEMALE_NAMES.has(word) || MALE_NAMES.has(word);
  let found: Entity | null = null;
  for (const e of all) {
    if (e.kind !== 'person' || e.surname === null) continue;
    const words = wordsOf(e.name);
    if (words[0] !== word || (!given && (words.length !== 2 || !knownPerson(e)))) continue;
    if (found && found !== e) return null;
    found = e;
  }
  return found;
}
