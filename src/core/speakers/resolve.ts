/**
 * Reads the mentions in text order and gives each its entity. Names and role phrases go through the
 * entity table; a pronoun takes the nearest compatible antecedent: in its own sentence the closest one
 * before it, in earlier sentences (up to three back) the first one, as subjects come first. Number and
 * gender must agree; a he/she resolved to an entity is evidence of that entity's gender for later pronouns.
 */
import type { Mention } from '../mentions';
import { EntityTable, type Entity } from './entities';

const WINDOW = 3;

function compatible(e: Entity, pronoun: string): boolean {
  const joint = e.members.length > 0;
  if (pronoun === 'he' || pronoun === 'she') {
    if (joint || e.plural || (e.kind !== 'person' && e.kind !== 'unknown')) return false;
    return e.gender === null || e.gender === (pronoun === 'she' ? 'female' : 'male');
  }
  if (pronoun === 'it') return !joint && !e.plural && e.gender === null && (e.kind === 'organization' || e.kind === 'unknown');
  return joint || e.plural || e.kind === 'group' || e.kind === 'organization';
}

export function resolveMentions(mentions: readonly Mention[], table: EntityTable = new EntityTable()): { table: EntityTable; entityOf: (Entity | null)[] } {
  const entityOf: (Entity | null)[] = new Array(mentions.length).fill(null);
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    const pronoun = m.info.pronoun;
    if (!pronoun) { entityOf[i] = table.resolve(m.info); continue; }
    const e = antecedent(mentions, entityOf, i, pronoun);
    entityOf[i] = e;
    if (e && !e.gender && (pronoun === 'he' || pronoun === 'she')) {
      e.gender = pronoun === 'she' ? 'female' : 'male';
      e.kind = 'person';
    }
  }
  return { table, entityOf };
}

/** Rank of a candidate: sources of statements first, then plain mentions, then obliques and possessors. */
function rank(m: Mention): number {
  if (m.source) return 0;
  return m.possessive || m.oblique ? 2 : 1;
}

function antecedent(mentions: readonly Mention[], entityOf: readonly (Entity | null)[], i: number, pronoun: string): Entity | null {
  const sent = mentions[i].sent;
  let best: { e: Entity; rank: number } | null = null;
  let bestSent = sent;
  let fallback: Entity | null = null;
  for (let j = i - 1; j >= 0 && j >= i - 60 && mentions[j].sent >= sent - WINDOW; j--) {
    const m = mentions[j];
    if (m.sent !== bestSent) {
      if (best) return best.e;
      bestSent = m.sent;
    }
    const e = entityOf[j];
    if (!e || !compatible(e, pronoun)) continue;
    fallback = fallback ?? e;
    const r = rank(m);
    if (r === 2) continue;
    // Same sentence: the nearest; earlier sentences: the leftmost (subjects come first) of the best rank.
    if (!best || r < best.rank || (r === best.rank && m.sent !== sent)) best = { e, rank: r };
  }
  return best?.e ?? fallback;
}
