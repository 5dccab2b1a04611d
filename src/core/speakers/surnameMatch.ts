/**
 * Which of the people sharing a surname a name joins: "Putin" joins "Vladimir Putin"; "Mrs Ruiz" the woman of
 * "Ana Ruiz and her husband Tomas Ruiz"; "Van der Berg" opening a sentence the "Lotte van der Berg" met before.
 */
import type { MentionInfo } from '../mentions/describe';
import { FEMALE_WORDS, MALE_WORDS } from '../mentions/lexicon';
import { NAME_PARTICLES } from '../mentions/names';
import type { Entity } from './entities';
import { norm } from './names';

export interface SurnameMatch {
  readonly entity: Entity;
  /** The people the name could be (for a lone surname's weak-merge warning). */
  readonly rivals: readonly Entity[];
}

/**
 * The most recent entity of `same` (people with the name's surname, oldest first) that the name — its `words`
 * and normalised `full` form — joins, or null.
 */
export function surnameMatch(same: readonly Entity[], info: MentionInfo, words: readonly string[], full: string): SurnameMatch | null {
  // "Van der Berg" opening a sentence, "Ferreira de Souza": a family name holding a name particle.
  const particleFirst = words.length > 1 && words.some((w) => NAME_PARTICLES.has(w.toLowerCase()));
  // The gender of a title ("Mrs", "Mr"), not of a name guess ("Dr. Nasser" after "Dr. Farah Nasser").
  const titled = info.gender !== null && info.role !== null && info.role.toLowerCase().split(/\s+/).some((w) => FEMALE_WORDS.has(w) || MALE_WORDS.has(w));
  for (let k = same.length - 1; k >= 0; k--) {
    // "Ana Ruiz and her husband Tomas Ruiz … Mrs Ruiz said": a title's gender rules out the other Ruiz
    // (a lone surname's own gender, "Thomas" after "Helen Thomas", is a first name's guess, no title's).
    if (titled && same[k].gender && info.gender !== same[k].gender) continue;
    const n = norm(same[k].name);
    // "von der Leyen" after "Ursula von der Leyen": a family name opened by a lowercase particle.
    if (n === full || words.length === 1 || !n.includes(' ') || (particleFirst && n.endsWith(' ' + full))) {
      return { entity: same[k], rivals: titled ? same.filter((e) => !e.gender || e.gender === info.gender) : same };
    }
  }
  return null;
}
