/**
 * Tests on one candidate antecedent of a pronoun (antecedent.ts): whether it is a speaking organisation for
 * "they", an unsure name for "he"/"she", a name that yields to a known owner of the pronoun's gender, or one of
 * a list of two people.
 */
import type { Mention } from '../mentions';
import type { Entity } from './entities';

/**
 * `Amuary said that the race would go on. "…," they said.`: a name of unknown kind that is the source of a
 * statement may be an organisation, and the last speaker is the strongest antecedent of "they" (not the
 * bare count "Almost 50 people" a sentence before it).
 */
export function speakingOrganisation(m: Mention, e: Entity, pronoun: string): boolean {
  return pronoun === 'they' && m.source && !m.possessive && e.kind === 'unknown' && e.gender === null && e.members.length === 0;
}

/**
 * "Respect, and others of her songs, became anthems. She told Vogue …" · "One of her songs, Respect, won her
 * a Grammy, and she …": a capitalised word of unknown kind and gender that is no source may be a title or a
 * thing; "he"/"she" looks on (up to three sentences back) for someone known to be a person, and takes the
 * word only when there is no one (and then learns no gender from it).
 */
export function unsureForPerson(m: Mention, e: Entity, pronoun: string): boolean {
  return (pronoun === 'he' || pronoun === 'she') && !m.source && e.kind === 'unknown' && e.gender === null && !m.personByPossessive;
}

/**
 * A he/she candidate of unknown gender, in an earlier sentence than the pronoun's, named in apposition to a role
 * owned by someone of the pronoun's gender ("Her guide, Pemba Sherpa, found them. "…," she said"): the owner is
 * the one the text is about, so the candidate yields to a known "she" just before. Not any unknown-gender name:
 * "Thabo Mbeki denounced the operation. "…," he said." is Mbeki, whoever spoke before him.
 */
export function genderYields(mentions: readonly Mention[], e: Entity, at: number, pronoun: string, pronounSent: number): boolean {
  const b = mentions[at];
  const owner = pronoun === 'she' ? 'her' : pronoun === 'he' ? 'his' : null;
  if (!owner || e.gender !== null || b.sent >= pronounSent) return false;
  // The name itself (mentions.ts ownedBy), or the role as its own mention opening the sentence ("Her coach").
  return b.ownedBy === owner || b.info.text.startsWith(owner === 'her' ? 'Her ' : 'His ');
}

/**
 * "The mayor, Jon Krog, and his deputy, Lise Vang, disagreed. He said …": in a list of two people, one known
 * to be of the pronoun's gender is a plain candidate. Not in a longer list ("Senators Ann Ruiz, Tom Baird and
 * Li Wei asked Brown to run again. He …" is Brown).
 */
export function ofPronounGender(e: Entity, pronoun: string): boolean {
  return e.gender === (pronoun === 'she' ? 'female' : 'male') && e.members.length === 0;
}

/** Whether the listed mention `j` belongs to a list of two people: its sentence's listed mentions name two entities. */
export function listOfTwo(mentions: readonly Mention[], entityOf: readonly (Entity | null)[], j: number): boolean {
  const seen = new Set<Entity>();
  const sent = mentions[j].sent;
  for (let k = Math.max(0, j - 8); k < mentions.length && k <= j + 8; k++) {
    if (mentions[k].sent === sent && mentions[k].listed && entityOf[k]) seen.add(entityOf[k]!);
  }
  return seen.size <= 2;
}

/**
 * "A meeting in March with Finance Minister Omar Haddad was the scene of warnings. Alongside talks on tariffs,
 * he described …": when the sentence just before names no one else the pronoun fits, a named person after a
 * preposition inside the phrase opening it (its subject: mentions/openingSubject.ts) is the antecedent, rather
 * than someone several sentences back. Not one after the verb ("The star was met by the mayor and his wife,
 * Claire Petit. "…," she said" is the star), a possessor, nor one of a list.
 */
export function obliqueInSentenceBefore(m: Mention, e: Entity, pronoun: string): boolean {
  return (pronoun === 'he' || pronoun === 'she') && m.oblique && m.inOpeningSubject === true && !m.possessive && !m.listed && m.info.name !== null && e.kind === 'person' && e.members.length === 0;
}
