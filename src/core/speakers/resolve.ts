/**
 * Reads the mentions in text order and gives each its entity. Names and role phrases go through the
 * entity table; a pronoun takes the nearest compatible antecedent: in its own sentence the closest one
 * before it, in earlier sentences (up to three back that mention someone) the first one, as subjects come
 * first. Number and gender must agree; a he/she resolved to an entity is evidence of that entity's gender for
 * later pronouns.
 */
import type { Mention } from '../mentions';
import { EntityTable, type Entity } from './entities';
import { RecentEntities } from './descriptions';
import { DOCUMENT_NOUNS } from '../mentions/documentNouns';
import { PLACES } from '../mentions/lexicon';

/** How many earlier sentences that mention someone a pronoun looks back over, and how many sentences at most. */
const WINDOW = 3;
const REACH = 8;

function compatible(e: Entity, pronoun: string, things: ReadonlySet<Entity>): boolean {
  const joint = e.members.length > 0;
  if (pronoun === 'he' || pronoun === 'she') {
    if (joint || e.plural || (e.kind !== 'person' && e.kind !== 'unknown') || things.has(e)) return false;
    return e.gender === null || e.gender === (pronoun === 'she' ? 'female' : 'male');
  }
  if (pronoun === 'it') return !joint && !e.plural && e.gender === null && (e.kind === 'organization' || e.kind === 'unknown');
  // "The report has prompted calls … children in mainland Australia … They say …": a document or a place is
  // "it", never "they" (an organisation may be either).
  return joint || e.plural || e.kind === 'group' || (e.kind === 'organization' && !isDocumentOrPlace(e));
}

/** A single document named by its noun ("The report", "the letter") or a known place: no group of people. */
function isDocumentOrPlace(e: Entity): boolean {
  const name = e.name.toLowerCase();
  const words = name.split(/\s+/);
  return PLACES.has(name) || (words.length <= 3 && DOCUMENT_NOUNS.has(words[words.length - 1]));
}

export function resolveMentions(mentions: readonly Mention[], table: EntityTable = new EntityTable()): { table: EntityTable; entityOf: (Entity | null)[] } {
  const entityOf: (Entity | null)[] = new Array(mentions.length).fill(null);
  const recent = new RecentEntities();
  // Descriptions of unknown kind already called "it" ("the fighting in Basra … nor is it …"): things, not people.
  const things = new Set<Entity>();
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    const pronoun = m.info.pronoun;
    if (!pronoun) {
      const earlier = inApposition(mentions, i) ? null : recent.antecedentOf(m.info);
      if (earlier) table.addDescription(earlier, m.info.text);
      entityOf[i] = earlier ?? table.resolve(m.info);
      linkApposition(mentions, entityOf, table, i);
      recent.seen(entityOf[i]!);
      continue;
    }
    const found = antecedent(mentions, entityOf, i, pronoun, things);
    const e = found?.e ?? null;
    entityOf[i] = e;
    if (e) recent.seen(e);
    if (e && pronoun === 'it' && e.kind === 'unknown' && e.key.startsWith('role:')) things.add(e);
    // A guess among unsure candidates ("Respect" for "she") teaches nothing about the entity's gender.
    if (e && found!.sure && !e.gender && (pronoun === 'he' || pronoun === 'she')) {
      e.gender = pronoun === 'she' ? 'female' : 'male';
      e.kind = 'person';
    }
  }
  return { table, entityOf };
}

/** Rank of a candidate: sources of statements first, then plain mentions, then obliques and possessors. */
function rank(m: Mention, e: Entity, pronoun: string): number {
  // A source after a preposition still speaks: "According to Acme executives, … They claim …".
  // A named person as possessor is a last resort for "he"/"she" ("Franklin's career was entwined with the
  // movement. … she toured"), after any plain mention.
  // So is a titled description ("echoing the Governor's own words, in which he told visitors …").
  if (m.possessive && !m.oblique && e.kind === 'person' && (m.info.name || m.info.role) && (pronoun === 'he' || pronoun === 'she')) return 3.9;
  if (m.possessive || (m.oblique && !m.source) || (m.listed && (pronoun === 'he' || pronoun === 'she'))) return 4;
  // "it" prefers a known organisation, "he"/"she" a known person, over a name of unknown kind; and a person
  // known as "she" over one of unknown gender ("… organizing the Detroit Walk with King, and she sang …").
  const fits = pronoun === 'it' ? e.kind === 'organization' : pronoun === 'he' || pronoun === 'she' ? e.kind === 'person' : true;
  return (m.source ? 0 : 2) + (fits ? 0 : 1) + (fits && !e.gender && (pronoun === 'he' || pronoun === 'she') ? 0.5 : 0);
}

/**
 * Whether mention `i` may stand in apposition to a neighbour ("The minister, Tom Baird," / "Tom Baird, the
 * minister,"): then it describes that neighbour, not an earlier source.
 */
function inApposition(mentions: readonly Mention[], i: number): boolean {
  const m = mentions[i];
  const prev = mentions[i - 1];
  return m.comma || (prev !== undefined && prev.comma && prev.last + 2 === m.first);
}

/** "Bush's national security adviser, Condoleezza Rice" / "John Smith, a police spokesman": one source. */
function linkApposition(mentions: readonly Mention[], entityOf: (Entity | null)[], table: EntityTable, i: number): void {
  const j = i - 1;
  if (j < 0 || mentions[j].last + 2 !== mentions[i].first || !mentions[j].comma) return;
  const [a, b] = [mentions[j].info, mentions[i].info];
  // A bare noun is no apposition ("Soon after he became president, Bush directed …").
  const full = (m: Mention) => m.first < m.last || /^\p{Lu}/u.test(m.info.text);
  if (!full(mentions[j]) || !full(mentions[i])) return;
  const ea = entityOf[j], eb = entityOf[i];
  if (!ea || !eb || a.pronoun || a.parts.length || b.parts.length) return;
  const person = (k: string) => k === 'person' || k === 'unknown';
  if (!a.name && b.name && person(ea.kind) && person(eb.kind)) {
    table.link(ea, eb);
    // Two statements of one cue share the source phrase: every copy of it takes the name.
    for (let k = j; k >= 0 && mentions[k].first === mentions[j].first && mentions[k].last === mentions[j].last; k--) entityOf[k] = eb;
  }
  else if (a.name && !b.name && person(ea.kind) && person(eb.kind) && !b.plural) { table.link(eb, ea); entityOf[i] = ea; }
}

function antecedent(mentions: readonly Mention[], entityOf: readonly (Entity | null)[], i: number, pronoun: string, things: ReadonlySet<Entity>): { e: Entity; sure: boolean } | null {
  const sent = mentions[i].sent;
  let best: { e: Entity; rank: number } | null = null;
  let bestSent = sent;
  let fallback: Entity | null = null;
  let unsure: Entity | null = null;
  let sentencesBack = 0;
  for (let j = i - 1; j >= 0 && j >= i - 60 && mentions[j].sent >= sent - REACH; j--) {
    const m = mentions[j];
    if (m.sent !== bestSent) {
      if (best) return { e: best.e, sure: true };
      // Sentences that mention no one (a long quotation's) do not count: `Y replied, "…. …. …." Asked about X, he said`.
      if (++sentencesBack > WINDOW) break;
      bestSent = m.sent;
    }
    const e = entityOf[j];
    if (!e || !(compatible(e, pronoun, things) || speakingOrganisation(m, e, pronoun))) continue;
    fallback = fallback ?? e;
    const r = rank(m, e, pronoun);
    if (r === 4) continue;
    if (unsureForPerson(m, e, pronoun)) { unsure = unsure ?? e; continue; }
    // Same sentence: the nearest; earlier sentences: the leftmost (subjects come first) of the best rank.
    if (!best || r < best.rank || (r === best.rank && m.sent !== sent)) best = { e, rank: r };
  }
  if (best) return { e: best.e, sure: true };
  const guess = unsure ?? fallback;
  return guess ? { e: guess, sure: guess !== unsure } : null;
}

/**
 * `Amuary said that the race would go on. "…," they said.`: a name of unknown kind that is the source of a
 * statement may be an organisation, and the last speaker is the strongest antecedent of "they" (not the
 * bare count "Almost 50 people" a sentence before it).
 */
function speakingOrganisation(m: Mention, e: Entity, pronoun: string): boolean {
  return pronoun === 'they' && m.source && !m.possessive && e.kind === 'unknown' && e.gender === null && e.members.length === 0;
}

/**
 * "Respect, and others of her songs, became anthems. She told Vogue …" · "One of her songs, Respect, won her
 * a Grammy, and she …": a capitalised word of unknown kind and gender that is no source may be a title or a
 * thing; "he"/"she" looks on (up to three sentences back) for someone known to be a person, and takes the
 * word only when there is no one (and then learns no gender from it).
 */
function unsureForPerson(m: Mention, e: Entity, pronoun: string): boolean {
  return (pronoun === 'he' || pronoun === 'she') && !m.source && e.kind === 'unknown' && e.gender === null;
}
