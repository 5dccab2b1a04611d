/**
 * The entities most recently mentioned, where a referring description ("the prime minister", "the company")
 * looks for the one it refers back to (descriptions.ts decides which fit).
 */
import type { MentionInfo } from '../mentions/describe';
import type { Entity } from './entities';
import { descriptionFits, descriptionWords } from './descriptions';

/** How many distinct entities, most recent first, a description may refer back to. */
const RECENT = 12;

/** Keeps the entities most recently mentioned, most recent first. */
export class RecentEntities {
  private readonly list: Entity[] = [];

  /** The entities, most recent first. */
  get entities(): readonly Entity[] {
    return this.list;
  }

  seen(e: Entity): void {
    if (this.list[0] === e) return;
    const at = this.list.indexOf(e);
    if (at >= 0) this.list.splice(at, 1);
    this.list.unshift(e);
    if (this.list.length > RECENT) this.list.pop();
  }

  /** The entity a referring description names, or null. */
  antecedentOf(info: MentionInfo): Entity | null {
    const words = descriptionWords(info);
    if (!words) return null;
    return this.list.find((e) => descriptionFits(e, info, words)) ?? null;
  }
}
