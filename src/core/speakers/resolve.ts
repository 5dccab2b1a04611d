/**
 * Reads the mentions in text order and gives each its entity. Names and role phrases go through the
 * entity table; a pronoun takes the nearest compatible antecedent (antecedent.ts). A he/she resolved to an
 * entity is evidence of that entity's gender for later pronouns.
 */
import type { Mention } from '../mentions';
import { EntityTable, type Entity } from './entities';
import { RecentEntities } from './descriptions';
import { pronounAntecedent, untitledName } from './antecedent';
import { countsPeople, positionalAntecedent } from './ageAndPairDescriptions';
import { epithetAntecedent } from './epithets';
import { twoPeopleBefore } from './countedPair';
import { resolveCataphora } from './cataphora';
import { groupMemberInfo, loneMemberWord } from './groupMember';
import { definiteEpithet, isIndefiniteEpithet, nationalityAntecedent } from './nationalityEpithets';
import { ORG_HEADS, PLACES } from '../mentions/lexicon';
import { isBareBusinessDescription } from './businessDescriptions';
import roles from '../data/roles.json';

/** Nouns describing an organisation by its kind ("the newspaper", "the airline"), besides ORG_HEADS. */
const ORG_DESCRIPTIONS: ReadonlySet<string> = new Set(Object.keys(roles.descriptionNames));

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
      entityOf[i] = earlier ?? table.resolve(m.info);
      // "Salif Ba, who lives …": "who" says a person.
      if (m.who && entityOf[i]!.kind === 'unknown' && m.info.name) entityOf[i]!.kind = 'person';
      linkApposition(mentions, entityOf, table, i);
      // "the former said …, the latter said": the pair keeps its order for the next back reference.
      if (!positional) recent.seen(entityOf[i]!);
      continue;
    }
    const single = pronounAntecedent(mentions, entityOf, i, pronoun, things);
    const pair = pronoun === 'they' ? pairBefore(mentions, entityOf, table, i) : null;
    // "The union and the company met on Friday. They said …": both, not the first alone.
    const found = single && pair && pair.e.members.includes(single.e.id) ? pair : single ?? pair;
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
 * Whether mention `i` may stand in apposition to a neighbour ("The minister, Tom Baird," / "Tom Baird, the
 * minister,"): then it describes that neighbour, not an earlier source.
 */
function inApposition(mentions: readonly Mention[], i: number): boolean {
  const m = mentions[i];
  const prev = mentions[i - 1];
  // "In it, the former minister says …": a pronoun before the comma takes no apposition.
  return m.comma || (prev !== undefined && !prev.info.pronoun && prev.appositionAt === m.first);
}

/** "Bush's national security adviser, Condoleezza Rice" / "John Smith, a police spokesman": one source. */
function linkApposition(mentions: readonly Mention[], entityOf: (Entity | null)[], table: EntityTable, i: number): void {
  // "A spokesman for the airline, Ben Ortiz, …": the name describes the phrase the modifier belongs to.
  const head = i >= 2 && mentions[i - 1].oblique && mentions[i - 2].appositionAt === mentions[i].first;
  // "Dr Leon Frey, the hospital's director,": the possessor "the hospital" opens the apposition too.
  const possessor = i >= 2 && mentions[i - 1].possessive && mentions[i - 1].first === mentions[i].first;
  const j = head || possessor ? i - 2 : i - 1;
  if (j < 0 || mentions[j].appositionAt !== mentions[i].first) return;
  const [a, b] = [mentions[j].info, mentions[i].info];
  // A bare noun is no apposition ("Soon after he became president, Bush directed …").
  const full = (m: Mention) => m.first < m.last || /^\p{Lu}/u.test(m.info.text);
  if (!full(mentions[j]) || !full(mentions[i])) return;
  const ea = entityOf[j], eb = entityOf[i];
  if (!ea || !eb || a.pronoun || a.parts.length || b.parts.length) return;
  const person = (k: string) => k === 'person' || k === 'unknown';
  // "one of the survivors, Jan Dekker": a partitive picks out one person from its group.
  const one = person(ea.kind) || /^one\s+of\s/i.test(a.text);
  if (!a.name && b.name && one && person(eb.kind)) {
    table.link(ea, eb);
    // Two statements of one cue share the source phrase: every copy of it takes the name.
    for (let k = j; k >= 0 && mentions[k].first === mentions[j].first && mentions[k].last === mentions[j].last; k--) entityOf[k] = eb;
  }
  else if (!a.name && b.name && namedOrganisation(ea, eb, a.text, b.name) && !mentions[i].source) {
    table.link(ea, eb);
    eb.kind = 'organization';
    entityOf[j] = eb;
  }
  else if (a.name && !b.name && !b.plural && bothPeople(ea, eb)) { table.link(eb, ea); entityOf[i] = ea; }
  else if (a.name && !b.name && !b.plural && (!mentions[i].source || (/^the\s/i.test(b.text) && mentions[i].comma)) && describedOrganisation(ea, eb, b.text)) { table.link(eb, ea); ea.kind = 'organization'; entityOf[i] = ea; }
}

const bothPeople = (a: Entity, b: Entity) => (a.kind === 'person' || a.kind === 'unknown') && (b.kind === 'person' || b.kind === 'unknown');

/**
 * "Green Earth Watch, an environmental group, sued …": an indefinite organisation noun describes the name
 * before it, which is then an organisation (a name of two words is taken for a person's until told otherwise).
 */
function describedOrganisation(named: Entity, description: Entity, text: string): boolean {
  const open = named.kind === 'organization' || named.kind === 'unknown' || (named.kind === 'person' && named.gender === null);
  // Not "Ola Berg, a source said, was …": the noun must name an organisation. "Rodong Sinmun, the ruling party
  // newspaper, which called it a lie": a definite one too, even as the source of the clause after it when a
  // comma closes it (not "In a statement broadcast in Egypt, the army said").
  const head = text.toLowerCase().split(/\s+/).pop() ?? '';
  return open && description.kind === 'organization' && (/^an?\s/i.test(text) ? ORG_HEADS.has(head) : /^the\s/i.test(text) && (ORG_HEADS.has(head) || ORG_DESCRIPTIONS.has(head)));
}

/**
 * "Ana Ruiz and Carl Dunn met on Friday. They said …": with no group or plural before it, "they" is two
 * people's names joined by "and" in one of the last sentences, as one joint source.
 */
function pairBefore(mentions: readonly Mention[], entityOf: readonly (Entity | null)[], table: EntityTable, i: number): { e: Entity; sure: boolean } | null {
  const sent = mentions[i].sent;
  for (let j = i - 2; j >= 0 && mentions[j].sent >= sent - 3; j--) {
    if (!mentions[j].pairedWithNext || !entityOf[j] || !entityOf[j + 1] || entityOf[j] === entityOf[j + 1]) continue;
    const [a, b] = [mentions[j].info, mentions[j + 1].info];
    const e = table.resolve({ text: `${a.text} and ${b.text}`, name: null, acronym: null, role: null, kind: 'group', gender: null, plural: true, pronoun: null, parts: [a, b] });
    return { e, sure: true };
  }
  return null;
}

/**
 * "Dana Frost's company, Orbit Labs, was fined": a name in apposition to a phrase headed by an organisation
 * noun names that organisation, even a name taken for a person's by default (two words, no known first
 * name). Not a document ("The report, Pakistan …") nor a place ("the University of Tennessee, Knoxville").
 */
function namedOrganisation(description: Entity, named: Entity, text: string, name: string): boolean {
  const head = text.toLowerCase().split(/\s+/).pop() ?? '';
  if (description.kind !== 'organization' || description.plural || !(ORG_HEADS.has(head) || ORG_DESCRIPTIONS.has(head)) || PLACES.has(name.toLowerCase())) return false;
  // "Norway's state news agency, NTB, …": an acronym is a short name; the description says more.
  if (named.acronym !== null || !/\p{Ll}/u.test(name)) return false;
  return named.gender === null && named.members.length === 0 && (named.kind !== 'person' || untitledName(named));
}
