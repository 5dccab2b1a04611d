/**
 * "President Ilya Dorn met Chancellor Sofia Lenz in Geneva. The two leaders said …" / "Both men said …": a
 * description counting two refers back to the two people of the last sentences even when no "and" joined
 * them. Only when exactly two people were named there (three would leave the pair unknown).
 */
import type { Mention } from '../mentions';
import type { Entity, EntityTable } from './entities';

/** How many sentences before the description's own the two people may be named in. */
const SENTENCES_BACK = 2;

const person = (e: Entity) => e.members.length === 0 && !e.plural && e.kind === 'person';

export function twoPeopleBefore(mentions: readonly Mention[], entityOf: readonly (Entity | null)[], table: EntityTable, i: number): Entity | null {
  const sent = mentions[i].sent;
  const found: { m: Mention; e: Entity }[] = [];
  for (let j = i - 1; j >= 0 && mentions[j].sent >= sent - SENTENCES_BACK; j--) {
    const e = entityOf[j];
    if (!e || mentions[j].info.pronoun) continue;
    // A joint source or a group in between is what the description would count instead: leave it.
    if (e.members.length > 0 || e.plural || e.kind === 'group') return null;
    if (!person(e) || !mentions[j].info.name || found.some((f) => f.e === e)) continue;
    found.unshift({ m: mentions[j], e });
    if (found.length > 2) return null;
  }
  // "Both men" after a man and a woman: someone else.
  const gender = /\bwomen$/i.test(mentions[i].info.text) ? 'female' : /\bmen$/i.test(mentions[i].info.text) ? 'male' : null;
  if (found.length !== 2 || (gender && found.some((f) => f.e.gender !== null && f.e.gender !== gender))) return null;
  const [a, b] = [found[0].m.info, found[1].m.info];
  return table.resolve({ text: `${a.text} and ${b.text}`, name: null, acronym: null, role: null, kind: 'group', gender: null, plural: true, pronoun: null, parts: [a, b] });
}
