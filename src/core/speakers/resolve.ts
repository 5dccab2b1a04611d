/**
 * Reads the mentions in text order and gives each its entity. Names and role phrases go through the
 * entity table; a pronoun takes the nearest compatible antecedent (antecedent.ts). A he/she resolved to an
 * entity is evidence of that entity's gender for later pronouns.
 */
import type { Mention } from '../mentions';
import { EntityTable, type Entity } from './entities';
import { RecentEntities } from './descriptions';
import { pronounAntecedent } from './antecedent';

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
    const found = pronounAntecedent(mentions, entityOf, i, pronoun, things);
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

/**
 * Whether mention `i` may stand in apposition to a neighbour ("The minister, Tom Baird," / "Tom Baird, the
 * minister,"): then it describes that neighbour, not an earlier source.
 */
function inApposition(mentions: readonly Mention[], i: number): boolean {
  const m = mentions[i];
  const prev = mentions[i - 1];
  return m.comma || (prev !== undefined && prev.appositionAt === m.first);
}

/** "Bush's national security adviser, Condoleezza Rice" / "John Smith, a police spokesman": one source. */
function linkApposition(mentions: readonly Mention[], entityOf: (Entity | null)[], table: EntityTable, i: number): void {
  const j = i - 1;
  if (j < 0 || mentions[j].appositionAt !== mentions[i].first) return;
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
