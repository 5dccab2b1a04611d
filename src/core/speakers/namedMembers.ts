/**
 * "Two students, Amir Zand and Leo Park, said …", "Three nurses, Ida Holm, Eva Berg and Lise Dahl, told …": a
 * plural description with no name, followed by an apposition of two or more people's names (a list closed by
 * "and" and a comma), is those people. The joint source is named by the names ("Amir Zand; Leo Park"), the
 * group phrase kept as its description (from resolve.ts).
 */
import type { Mention } from '../mentions';
import type { Entity, EntityTable } from './entities';

/** Most names read in one apposition. */
const MAX_NAMES = 6;

/** When mention `i` opens a list of names in apposition to the plural description before it, gives that description their joint entity. */
export function linkNamedMembers(mentions: readonly Mention[], entityOf: (Entity | null)[], table: EntityTable, i: number): void {
  const j = i - 1;
  if (j < 0) return;
  const group = mentions[j];
  const a = group.info;
  if (!group.comma || group.appositionAt !== mentions[i].first || a.name || a.pronoun || !a.plural || a.parts.length || a.kind !== 'group') return;
  const named = (m: Mention) => m.info.name !== null && !m.info.plural && !m.info.pronoun && m.info.parts.length === 0 && (m.info.kind === 'person' || m.info.kind === 'unknown') && !m.oblique;
  let last = i;
  // "Ida Holm, Eva Berg and Lise Dahl": names listed with commas up to the pair joined by "and".
  while (last < i + MAX_NAMES && last < mentions.length && named(mentions[last]) && !mentions[last].pairedWithNext && mentions[last].listed && mentions[last + 1]?.listed) last++;
  if (last >= mentions.length || !named(mentions[last]) || !mentions[last].pairedWithNext) return;
  const end = mentions[last + 1];
  // The apposition closes with a comma: "…, Amir Zand and Leo Park, said".
  if (!end || !named(end) || !end.comma) return;
  const parts = mentions.slice(i, last + 2).map((m) => m.info);
  const e = table.resolve({ text: parts.map((p) => p.text).join(', '), name: null, acronym: null, role: null, kind: 'group', gender: null, plural: true, pronoun: null, parts });
  table.addDescription(e, a.text);
  for (let k = j; k >= 0 && mentions[k].first === group.first && mentions[k].last === group.last; k--) entityOf[k] = e;
}
