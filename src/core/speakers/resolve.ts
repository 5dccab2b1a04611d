/**
 * Reads the mentions in text order and gives each its entity. Names and role phrases go through the
 * entity table; a pronoun takes the nearest compatible antecedent (antecedent.ts). A he/she resolved to an
 * entity is evidence of that entity's gender for later pronouns.
 */
import type { Mention } from '../mentions';
import { EntityTable, type Entity } from './entities';
import { RecentEntities } from './recentEntities';
import { pronounAntecedent } from './antecedent';
import { countsPeople, positionalAntecedent } from './ageAndPairDescriptions';
import { epithetAntecedent } from './epithets';
import { twoPeopleBefore } from './countedPair';
import { resolveCataphora } from './cataphora';
import { groupMemberInfo, loneMemberWord } from './groupMember';
import { definiteEpithet, isIndefiniteEpithet, nationalityAntecedent } from './nationalityEpithets';
import { isBareBusinessDescription } from './businessDescriptions';
import { inApposition, linkApposition } from './apposition';
import { linkNamedMembers } from './namedMembers';
import { ownerInDescription } from './ownerInDescription';
import { isBareGroupDescription, pluralGroupBefore } from './groupDescription';

export function resolveMentions(mentions: readonly Mention[], table: EntityTable = new EntityTable()): { table: EntityTable; entityOf: (Entity | null)[] } {
  const entityOf: (Entity | null)[] = new Array(mentions.length).fill(null);
  const recent = new RecentEntities();
  // Descriptions of unknown kind already called "it" ("the fighting in Basra … nor is it …"): things, not people.
  const things = new Set<Entity>();
  const byId = (id: string) => table.all.find((e) => e.id === id);
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    const pronoun = m.info.pronoun;
    if (!pronoun) {
      // `Many nurses said … "We are exhausted," one said.`: "a nurse", someone new. With no group entity
      // before it, a lone "one" or "another" is read as any description: "another" ("\"It always is,\" said
      // another."), "one" known by the group the subject finder found for it ("Several climbers were rescued.
      // One told …": "one of the climbers", statements/quantifierGroup.ts).
      const member = m.source && loneMemberWord(m.info) ? groupMemberInfo(m.info, recent.entities) : null;
      if (member) {
        entityOf[i] = table.resolve(member);
        recent.seen(entityOf[i]!);
        continue;
      }
      const apposition = inApposition(mentions, i);
      // "Senator Ruth Calloway, a Democrat, …": the epithet describes her (both read as names, so no link below).
      const described = apposition && i > 0 && mentions[i - 1].appositionAt === m.first && isIndefiniteEpithet(m.info) ? entityOf[i - 1] : null;
      if (described && described.kind === 'person' && described.members.length === 0) {
        entityOf[i] = described;
        table.addDescription(described, m.info.text);
        continue;
      }
      // "the latter", "the 45-year-old" say nothing about who they are: no alias, no role.
      // "Anders Lykke and Petra Solheim won. The pair said …": two names joined by "and", not yet a joint source.
      const joint = !apposition && !m.info.name && countsPeople(m.info.text);
      const positional = apposition ? null : positionalAntecedent(m.info, recent.entities, byId) ?? (joint ? pairBefore(mentions, entityOf, table, i)?.e ?? twoPeopleBefore(mentions, entityOf, table, i) : null);
      // Only a source's whole phrase: "The Mexican economy" is read as the name "Mexican" before "economy".
      const epithet = apposition || !m.source ? null : definiteEpithet(m.info);
      // "Manuel Ortiz … the Argentine added": an epithet is tried after a description holding the person's words.
      const earlier = positional ?? (epithet ? nationalityAntecedent(epithet, recent.entities) : null) ?? (apposition ? null : recent.antecedentOf(m.info) ?? epithetAntecedent(m.info, recent.entities));
      if (earlier && !positional) table.addDescription(earlier, m.info.text);
      // "Orbit Labs cut 50 jobs. The firm said …": a name taken for a person's by default is an organisation's.
      if (earlier && !positional && earlier.kind !== 'organization' && !earlier.gender && isBareBusinessDescription(m.info.text)) earlier.kind = 'organization';
      const created = table.all.length;
      // "The chief executive of Bolt Energy resigned. The firm said …": the business named in a description.
      const owner = earlier || !isBareBusinessDescription(m.info.text) ? null : ownerInDescription(m.info.text.toLowerCase().split(/\s+/)[1], recent.entities, table);
      if (owner) table.addDescription(owner, m.info.text);
      // "Greenpeace activists climbed the roof. The group said …": the plural group just met.
      const group = earlier || owner || !isBareGroupDescription(m.info.text) ? null : pluralGroupBefore(recent.entities);
      if (group) table.addDescription(group, m.info.text);
      entityOf[i] = earlier ?? owner ?? group ?? table.resolve(m.info);
      // "Students at Lakeside College staged a walkout": a new group is known by its whole phrase.
      if (m.qualified && table.all.length > created) table.qualify(entityOf[i]!, m.qualified);
      // "Salif Ba, who lives …": "who" says a person.
      if (m.who && entityOf[i]!.kind === 'unknown' && m.info.name) entityOf[i]!.kind = 'person';
      linkApposition(mentions, entityOf, table, i);
      linkNamedMembers(mentions, entityOf, table, i);
      // "Climber Ida Nord lost her gloves": a named subject's own "his"/"her" tells its gender (ownerGender.ts).
      learnOwnGender(m, entityOf[i]!);
      // "the former said …, the latter said": the pair keeps its order for the next back reference.
      if (!positional) recent.seen(entityOf[i]!);
      continue;
    }
    const single = pronounAntecedent(mentions, entityOf, i, pronoun, things);
    const pair = pronoun === 'they' ? pairBefore(mentions, entityOf, table, i) : null;
    // "The union and the company met on Friday. They said …": both, not the first alone.
    // "Lars Holt and Mia Sand founded the charity. They said …": the pair that is the subject, not the object
    // named after it in the same sentence or a sentence before (pairOutranks).
    const found = single && pair && (pair.e.members.includes(single.e.id) || pairOutranks(mentions, entityOf, i, pair.at, single.e)) ? pair : single ?? pair;
    const e = found?.e ?? null;
    entityOf[i] = e;
    if (e) recent.seen(e);
    if (e && pronoun === 'it' && e.kind === 'unknown' && e.key.startsWith('role:')) things.add(e);
    // A name taken for a person's by default that is "it" is an organisation's ("Orbital Foods … it said").
    if (e && pronoun === 'it' && e.kind === 'person' && found!.sure) e.kind = 'organization';
    // A guess among unsure candidates ("Respect" for "she") teaches nothing about the entity's gender.
    if (e && found!.sure && !e.gender && (pronoun === 'he' || pronoun === 'she')) {
      e.gender = pronoun === 'she' ? 'female' : 'male';
      e.kind = 'person';
    }
  }
  resolveCataphora(mentions, entityOf);
  return { table, entityOf };
}

/**
 * "Ana Ruiz and Carl Dunn met on Friday. They said …": with no group or plural before it, "they" is two
 * people's names joined by "and" in one of the last sentences, as one joint source.
 */
function pairBefore(mentions: readonly Mention[], entityOf: readonly (Entity | null)[], table: EntityTable, i: number): { e: Entity; sure: boolean; at: number } | null {
  const sent = mentions[i].sent;
  for (let j = i - 2; j >= 0 && mentions[j].sent >= sent - 3; j--) {
    if (!mentions[j].pairedWithNext || !entityOf[j] || !entityOf[j + 1] || entityOf[j] === entityOf[j + 1]) continue;
    const [a, b] = [mentions[j].info, mentions[j + 1].info];
    const e = table.resolve({ text: `${a.text} and ${b.text}`, name: null, acronym: null, role: null, kind: 'group', gender: null, plural: true, pronoun: null, parts: [a, b] });
    return { e, sure: true, at: j };
  }
  return null;
}

/** Sets the gender a named subject's own "his"/"her" shows on a person (or unknown) entity of no gender yet. */
function learnOwnGender(m: Mention, e: Entity): void {
  if (!m.ownGender || e.gender || e.plural || e.members.length > 0 || (e.kind !== 'person' && e.kind !== 'unknown')) return;
  e.gender = m.ownGender;
  e.kind = 'person';
}

/**
 * Whether the pair of names at mention `at` comes before the last mention of the single organisation `other`
 * in the same sentence, or in a later sentence: "Lars Holt and Mia Sand founded the charity in 2015. They said …"
 * (the subject pair, not the object, which would rather be "it"). Looks back at most 60 mentions, as the antecedent does.
 */
function pairOutranks(mentions: readonly Mention[], entityOf: readonly (Entity | null)[], i: number, at: number, other: Entity): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 60; k--) {
    if (entityOf[k] !== other) continue;
    // A plural group stays first: "Ana Ruiz and Carl Dunn met the residents. They said …" is the residents.
    if (other.kind !== 'organization' || other.plural) return false;
    return mentions[at].sent > mentions[k].sent || (mentions[at].sent === mentions[k].sent && at < k && !mentions[k].source);
  }
  return false;
}
