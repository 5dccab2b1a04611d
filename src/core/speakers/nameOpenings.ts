/**
 * The opening words of every name the entities have had, so that a lone word finds its entity cheaply: a
 * first name ("Erik" for "Erik Lindqvist", firstNames.ts) or a short form of an organisation's name
 * ("Halvard" for "Halvard Mining Ltd", shortNames.ts). Most lone words open no name, and both look-ups skip
 * them at once.
 */
import type { Entity } from './entity';
import type { FactsMemo, NameFacts } from './names';
import { ownerOpeningWord, shortFormOwner } from './shortNames';
import { personByFirstName } from './firstNames';

export class NameOpenings {
  /** The first word of every name an entity has had: most lone words open none, and byFirstName skips them. */
  private readonly firstWords = new Set<string>();
  /** The opening word of every name an entity has had that a short form could stand for (shortNames.ts). */
  private readonly openingWords = new Set<string>();

  /** `all`: the entity table's own list, read as it grows. */
  constructor(private readonly facts: FactsMemo, private readonly all: readonly Entity[]) {}

  /** Records a name an entity has had; `facts`: the name's, when the caller has them already. */
  add(name: string, facts?: NameFacts): void {
    this.firstWords.add((facts ?? this.facts.ofName(name)).fullWords[0]);
    const word = ownerOpeningWord(name, facts?.shortWords);
    if (word !== null) this.openingWords.add(word);
  }

  /**
   * "Maria Lindqvist and her husband, Erik Lindqvist, run the bakery. Erik said …": a known first name alone,
   * no one's surname, is the one person met so far whose name opens with it (firstNames.ts).
   */
  byFirstName(word: string): Entity | null {
    // The normalised words of a name, memoised with its other facts: personByFirstName reads every person's name.
    return this.firstWords.has(word) ? personByFirstName(word, this.all, (name) => this.facts.ofName(name).fullWords) : null;
  }

  /** The organisation a short form stands for ("Halvard" for "Halvard Mining Ltd"), or null (shortNames.ts). */
  shortFormOwner(name: string, shortWords: readonly string[]): Entity | null {
    return shortFormOwner(name, this.all, this.openingWords, shortWords);
  }
}
