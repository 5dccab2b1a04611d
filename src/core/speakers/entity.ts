/** A source: the entity that mentions of one person, organisation or group resolve to (entities.ts builds them). */
import type { SpeakerKind } from '../types';
import type { Gender } from '../mentions/describe';

export interface Entity {
  readonly id: string;
  name: string;
  readonly aliases: Set<string>;
  role: string | null;
  kind: SpeakerKind;
  gender: Gender;
  plural: boolean;
  acronym: string | null;
  surname: string | null;
  readonly key: string;
  weakMerge?: string;
  /** Entity ids of a joint source's members. */
  readonly members: readonly string[];
  /** descriptions.ts's memo of the words of the entity's names (undefined until first asked): a field, not a WeakMap entry per entity. */
  wordsMemo: EntityWordsMemo | undefined;
}

/** The words of an entity's names, roles and aliases, and their heads, with what they were made from (descriptions.ts). */
export interface EntityWordsMemo {
  name: string;
  role: string | null;
  aliases: number;
  readonly value: { readonly words: Set<string>; readonly heads: Set<string> };
}
