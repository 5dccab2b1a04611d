/**
 * Apposition between neighbouring mentions ("The minister, Tom Baird," / "Tom Baird, the minister,"): when a
 * mention describes its neighbour, and how the description and the name are linked into one entity
 * (from resolve.ts).
 */
import type { Mention } from '../mentions';
import type { Entity, EntityTable } from './entities';
import { untitledName } from './antecedent';
import { ORG_HEADS, PLACES } from '../mentions/lexicon';
import roles from '../data/roles.json';

/** Nouns describing an organisation by its kind ("the newspaper", "the airline"), besides ORG_HEADS. */
const ORG_DESCRIPTIONS: ReadonlySet<string> = new Set(Object.keys(roles.descriptionNames));

/**
 * Whether mention `i` may stand in apposition to a neighbour ("The minister, Tom Baird," / "Tom Baird, the
 * minister,"): then it describes that neighbour, not an earlier source.
 */
export function inApposition(mentions: readonly Mention[], i: number): boolean {
  const m = mentions[i];
  const prev = mentions[i - 1];
  // "In it, the former minister says …": a pronoun before the comma takes no apposition.
  return m.comma || (prev !== undefined && !prev.info.pronoun && prev.appositionAt === m.first);
}

/** "Bush's national security adviser, Condoleezza Rice" / "John Smith, a police spokesman": one source. */
export function linkApposition(mentions: readonly Mention[], entityOf: (Entity | null)[], table: EntityTable, i: number): void {
  // "A spokesman for the airline, Ben Ortiz, …": the name describes the phrase the modifier belongs to.
  const head = i >= 2 && mentions[i - 1].oblique && mentions[i - 2].appositionAt === mentions[i].first;
  // "Dr Leon Frey, the hospital's director,": the possessor "the hospital" opens the apposition too.
  const possessor = i >= 2 && mentions[i - 1].possessive && mentions[i - 1].first === mentions[i].first;
  let j = head || possessor ? i - 2 : i - 1;
  // "Himself a former coach — he led the Rams — Tom Hart …": mentions inside the dashes stand between.
  if (j >= 0 && mentions[j].appositionAt !== mentions[i].first) j = dashedDescriptionBefore(mentions, i);
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

/** How many mentions back a description before a dashed insertion may stand (mentions/frontedPredicative.ts). */
const MAX_INSERTED_MENTIONS = 6;

function dashedDescriptionBefore(mentions: readonly Mention[], i: number): number {
  for (let k = i - 2; k >= 0 && k >= i - MAX_INSERTED_MENTIONS && mentions[k].sent === mentions[i].sent; k--) if (mentions[k].appositionAt === mentions[i].first) return k;
  return -1;
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
  // "Pellam, an insurance firm," / "Varvik, a small carmaker,": a kind of organisation describes it as well.
  return open && description.kind === 'organization' && /^(?:an?|the)\s/i.test(text) && (ORG_HEADS.has(head) || ORG_DESCRIPTIONS.has(head));
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
