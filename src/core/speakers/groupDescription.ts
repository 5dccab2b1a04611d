/**
 * "Greenpeace activists climbed the roof of the ministry. The group said …": "the group" with no single
 * entity to refer back to is a plural group of people just mentioned (among the last three entities met),
 * not a new source of its own.
 */
import type { Entity } from './entities';

/** How many of the most recent entities "the group" looks back over. */
const NEAR = 3;

export function isBareGroupDescription(text: string): boolean {
  return /^the group$/i.test(text);
}

/** The plural group among the `recent` entities (most recent first) that "the group" is; else null. */
export function pluralGroupBefore(recent: readonly Entity[]): Entity | null {
  for (let k = 0; k < recent.length && k < NEAR; k++) {
    const e = recent[k];
    if (e.plural && e.members.length === 0 && (e.kind === 'group' || e.kind === 'unknown')) return e;
  }
  return null;
}
