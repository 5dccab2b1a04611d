/**
 * "The chief executive of Bolt Energy resigned on Monday. The firm said …": a bare business description
 * with no entity to refer back to may mean a business named inside a recent description ("of Bolt Energy"),
 * when that name holds a word of its kind (Energy, Foods, Airlines: data/roles.json descriptionNames).
 * The name becomes an organisation entity of its own.
 */
import type { MentionInfo } from '../mentions/describe';
import type { Entity, EntityTable } from './entities';
import { NAME_WORDS } from './descriptions';

/** A capitalised name after "of"/"at" closing a description ("the chief executive of Bolt Energy"). */
const OWNER = /\b(?:of|at)\s+(?:the\s+)?(\p{Lu}[\p{L}&.-]*(?:\s+\p{Lu}[\p{L}&.-]*){0,4})\s*$/u;

/** The business named inside one of the `recent` entities' descriptions that "the firm" (`head`) may be; else null. */
export function ownerInDescription(head: string, recent: readonly Entity[], table: EntityTable): Entity | null {
  const kind = NAME_WORDS.get(head);
  if (!kind) return null;
  for (const e of recent) {
    if (e.kind !== 'person' || e.members.length) continue;
    for (const text of [e.name, e.role ?? '', ...e.aliases]) {
      const name = OWNER.exec(text)?.[1];
      if (!name || !name.toLowerCase().split(/\s+/).some((w) => kind.has(w))) continue;
      const info: MentionInfo = { text: name, name, acronym: null, role: null, kind: 'organization', gender: null, plural: false, pronoun: null, parts: [] };
      return table.resolve(info);
    }
  }
  return null;
}
