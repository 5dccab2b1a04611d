/**
 * A pronoun that nothing before it can stand for may point ahead to someone named later in its own sentence:
 * `In what she called "a new beginning", Anwen Pryce closed the plant.` · `"We are not done," he said as
 * Oren Baltz left the room.` Only pronouns left unresolved by the backward reading (resolve.ts) are tried.
 */
import type { Mention } from '../mentions';
import type { Entity } from './entities';
import { compatible, insideOwnContent } from './antecedent';

const NO_THINGS: ReadonlySet<Entity> = new Set();

export function resolveCataphora(mentions: readonly Mention[], entityOf: (Entity | null)[]): void {
  for (let i = 0; i < mentions.length; i++) {
    const pronoun = mentions[i].info.pronoun;
    if (!pronoun || entityOf[i] || pronoun === 'it') continue;
    for (let j = i + 1; j < mentions.length && mentions[j].sent === mentions[i].sent; j++) {
      const e = entityOf[j];
      // "They claim they were victims of a scam": nothing in the pronoun's own statement is its antecedent.
      if (insideOwnContent(mentions[i], mentions[j])) break;
      // Not a possessor or a phrase after a preposition ("after the board's vote", "with Ruiz").
      if (!e || mentions[j].info.pronoun || mentions[j].possessive || (mentions[j].oblique && !mentions[j].source)) continue;
      if (compatible(e, pronoun, NO_THINGS)) entityOf[i] = e;
      break;
    }
  }
}
