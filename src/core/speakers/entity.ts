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
}
