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

function antecedent(mentions: readonly Mention[], entityOf: readonly (Entity | null)[], i: number, pronoun: string): Entity | null {
  const sent = mentions[i].sent;
  let bestInSentence: Entity | null = null;
  let bestSent = sent;
  let fallback: Entity | null = null;
  for (let j = i - 1; j >= 0 && mentions[j].sent >= sent - WINDOW; j--) {
    const m = mentions[j];
    if (m.sent !== bestSent) {
      if (bestInSentence) return bestInSentence;
      bestSent = m.sent;
    }
    const e = entityOf[j];
    if (!e || !compatible(e, pronoun)) continue;
    if (m.possessive) { fallback = fallback ?? e; continue; }
    if (m.sent === sent) { if (!bestInSentence) bestInSentence = e; }
    else bestInSentence = e;
  }
  return bestInSentence ?? fallback;
}
