/** A place the text names a possible source (mentions.ts finds them; speakers.ts resolves them). */
import type { MentionInfo, Gender } from './describe';

export interface Mention {
  /** What the phrase says; shared by the mentions of the same phrase (see DescribeCache). */
  readonly info: MentionInfo;
  /** UTF-16 offsets of the phrase. */
  readonly start: number;
  readonly end: number;
  readonly first: number;
  readonly last: number;
  readonly sent: number;
  /** Followed by "'s": a possessor, a weak antecedent for a subject pronoun. */
  readonly possessive: boolean;
  /** After a preposition ("in a statement to the Australian Broadcasting Corporation"): a weak antecedent. */
  readonly oblique: boolean;
  /** After a preposition inside the phrase opening its sentence, before its verb ("A meeting with X was …"): openingSubject.ts. */
  readonly inOpeningSubject?: boolean;
  /** Followed by a comma (a possible apposition with the next mention). */
  readonly comma: boolean;
  /** The token after that comma, where an apposition would start (past a short post-modifier, see appositionStart). */
  readonly appositionAt: number;
  /** The source of a statement: the strongest antecedent. */
  source: boolean;
  /** One of a list joined by "and" ("Ann Ruiz, Tom Baird and Li Wei asked …"): never "he" or "she" alone. */
  listed: boolean;
  /** Joined by "and" to the next mention, both people's names ("Ana Ruiz and Carl Dunn met …"): together a "they". */
  pairedWithNext: boolean;
  /** Right after "asked" ("a reporter asked the minister"): the one who answers next. */
  readonly addressee: boolean;
  /**
   * A source's statement content (UTF-16 offsets), when it holds the source or lies before it in the sentence:
   * "The mayor, she said, never answered" — she said [the mayor never answered]: no mention inside is "she".
   */
  content?: { start: number; end: number };
  /** Followed by ", who": a person, and the topic of what follows even after a preposition ("like Ana Ruiz, who …"). */
  readonly who?: boolean;
  /** Right after a conjunction opening a second clause ("…, before he announced …", "…, and she said …"). */
  readonly linked?: boolean;
  /** A lone word opening its sentence that a "his"/"her" after it shows to be a person ("Kessler was pleased with his side"). */
  readonly personByPossessive?: boolean;
  /** A named subject's gender shown by a "his"/"her" in its own clause ("Ida Nord lost her gloves"): ownerGender.ts. */
  readonly ownGender?: Gender;
  /** A name in apposition to a role owned by "her"/"his" ("Her guide, Pemba Sherpa, …"): ownerGender.ts. */
  readonly ownedBy?: 'her' | 'his' | null;
  /** The whole phrase a plural group is known by, with its "at"/"of" name ("Students at Lakeside College"): qualifiedGroup.ts. */
  qualified?: string;
}
