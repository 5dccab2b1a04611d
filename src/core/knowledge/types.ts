/**
 * The shape of a knowledge-base entry: a treaty, agreement, institution or grouping that news text names.
 * The built-in entries live in `data/knowledge.json`; user glossaries use the same shape (see
 * `data/knowledge.schema.json`). Dates are ISO strings of the precision known: "1972-05-26", "2001-03" or "1986".
 */

/** Where a fact comes from: the id of one of the entry's `references`. */
export interface Sourced {
  readonly ref?: string;
}

/** A reference (URL and title) backing the entry's dates and numbers. */
export interface Reference {
  readonly id: string;
  readonly title: string;
  readonly url: string;
}

export interface DatedFact extends Sourced {
  readonly date: string;
  readonly place?: string;
  readonly note?: string;
}

/** A party leaving: who, when it was announced and when it took effect. */
export interface Withdrawal extends Sourced {
  readonly party: string;
  readonly announced?: string;
  readonly effective?: string;
  readonly note?: string;
}

/** How the agreement ended (expiry, withdrawal, replacement, dissolution). */
export interface Ending extends Sourced {
  readonly date: string;
  readonly how: string;
}

/** A number the entry states, with what it counts: START II's 3,000–3,500 deployed strategic warheads. */
export interface Quantity {
  readonly value: number;
  readonly high?: number;
  /** The noun phrase counted ("deployed strategic warheads"). */
  readonly counts: string;
  /** Per what ("each side"). */
  readonly per?: string;
  /** The deadline, if any. */
  readonly by?: string;
}

export interface Provision extends Sourced {
  readonly text: string;
  readonly quantities?: readonly Quantity[];
}

export interface KnowledgeEvent extends Sourced {
  readonly date: string;
  readonly text: string;
}

/** The parties or members, with a count when one is known. */
export interface Parties extends Sourced {
  readonly text: string;
  readonly count?: number;
  readonly asOf?: string;
}

/** A membership count and the date from which it held (a contiguous series: the latest one before a date holds). */
export interface MemberCount extends Sourced {
  readonly since: string;
  readonly count: number;
  readonly note?: string;
}

/**
 * A name the entry goes by. A string is matched case-insensitively, except its all-capital words ("ABM",
 * "UN"), which must match exactly. `{slot}` and `{slot?}` stand for any word of a slot list ("Kyoto {topic?}
 * {agreement}" matches "Kyoto global warming pact").
 */
export type Alias = string | AliasRule;

export interface AliasRule {
  readonly text: string;
  /** A context word list (from `contexts`) one of whose words must appear in the same paragraph. */
  readonly context?: string;
  /** Capitalised words of the alias must be capitalised in the text ("Nice Treaty", not "nice treaty"). */
  readonly strictCase?: boolean;
  /** Reject a match directly after a capitalised word ("National Security Council" is not the UN's). */
  readonly notInsideName?: boolean;
  /** Only for articles dated up to this year ("the START treaty" meant START I until New START). */
  readonly until?: number;
  /** Only for articles dated from this year. */
  readonly from?: number;
}

export type EntryKind =
  | 'treaty' | 'agreement' | 'convention' | 'protocol' | 'accord' | 'framework' | 'declaration'
  | 'organization' | 'grouping' | 'alliance' | 'other';

export interface KnowledgeEntry {
  readonly id: string;
  readonly name: string;
  readonly fullName?: string;
  readonly kind: EntryKind;
  /** Subject area ("arms control", "climate", "trade"). */
  readonly field?: string;
  readonly aliases: readonly Alias[];
  readonly summary: string;
  readonly signed?: DatedFact;
  readonly inForce?: DatedFact;
  readonly established?: DatedFact;
  readonly expires?: DatedFact;
  readonly ended?: Ending;
  readonly withdrawals?: readonly Withdrawal[];
  readonly events?: readonly KnowledgeEvent[];
  readonly parties?: Parties;
  readonly memberCounts?: readonly MemberCount[];
  readonly provisions?: readonly Provision[];
  readonly predecessor?: string;
  readonly successor?: string;
  readonly references?: readonly Reference[];
}

/** The knowledge file: entries plus the word lists aliases refer to. Glossaries have the same shape. */
export interface KnowledgeFile {
  readonly slots?: Readonly<Record<string, readonly string[]>>;
  readonly contexts?: Readonly<Record<string, readonly string[]>>;
  readonly entries: readonly KnowledgeEntry[];
}
