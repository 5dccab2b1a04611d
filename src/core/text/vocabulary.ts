/**
 * The words this process has tokenized, shared by every analysis: what a word's text tells (its lowercase
 * form, capital, abbreviation) and which word classes it is in are worked out once per distinct word, not
 * once per article. Most articles repeat the same few thousand words, so a batch of 10,000 small articles
 * pays for each word once. Everything here is a pure function of the word, so sharing changes no answer.
 * Once it has grown past VOCABULARY_LIMIT words or CHARACTER_LIMIT characters (random text, a 5 MB
 * "word"), it is let go at the end of the tokenizing that grew it, so no process keeps a large one.
 */
import { WordTable } from './wordTable';

/** What a token's text tells. `flags` as TokenTable.push takes them. */
export interface WordInfo {
  /** The text as written. */
  readonly word: string;
  readonly lower: string;
  /** Index of `lower` in the vocabulary. */
  readonly id: number;
  readonly flags: number;
  /** Whether the word followed by "." is an abbreviation; undefined until asked (or when it depends on the text after). */
  abbreviation: boolean | undefined;
  /** The info of the word with its abbreviation period ("Mr."), made when first needed. */
  dotted: WordInfo | undefined;
}

const VOCABULARY_LIMIT = 200_000;
const CHARACTER_LIMIT = 2_000_000;

export class Vocabulary {
  /** Word infos by the word's text as written. */
  readonly words = new WordTable<WordInfo>();
  /** Punctuation mark infos by char code. */
  readonly marks = new Map<number, WordInfo>();
  /** The distinct lowercase forms, by id. */
  readonly list: string[] = [];
  /** Characters held in words and forms, counted against CHARACTER_LIMIT. */
  characters = 0;
  private readonly ids = new Map<string, number>();
  private readonly classes = new Map<(lower: string) => number, { table: Uint16Array; filled: number }>();

  /** The id of a lowercase form, given one when new. */
  idOf(lower: string): number {
    let id = this.ids.get(lower);
    if (id === undefined) {
      id = this.list.length;
      this.list.push(lower);
      this.characters += lower.length;
      this.ids.set(lower, id);
    }
    return id;
  }

  /**
   * `classify(word)` for every word so far, by id: computed once per word and function. The table grows by
   * doubling as words come; slots past the words so far are never read (every token's id is below).
   */
  classesOf(classify: (lower: string) => number): Uint16Array {
    let entry = this.classes.get(classify);
    if (!entry) {
      entry = { table: new Uint16Array(Math.max(1024, this.list.length)), filled: 0 };
      this.classes.set(classify, entry);
    }
    if (entry.filled < this.list.length) {
      if (entry.table.length < this.list.length) {
        const grown = new Uint16Array(Math.max(this.list.length, entry.table.length * 2));
        grown.set(entry.table);
        entry.table = grown;
      }
      for (let id = entry.filled; id < this.list.length; id++) entry.table[id] = classify(this.list[id]);
      entry.filled = this.list.length;
    }
    return entry.table;
  }
}

let shared = new Vocabulary();

/** The shared vocabulary. */
export function sharedVocabulary(): Vocabulary {
  return shared;
}

/**
 * Lets the shared vocabulary go if it has grown too large: the next analysis starts a new one, and the
 * tokens made with this one keep theirs as long as they live.
 */
export function releaseIfLarge(vocabulary: Vocabulary): void {
  if (vocabulary === shared && (vocabulary.list.length > VOCABULARY_LIMIT || vocabulary.characters > CHARACTER_LIMIT)) shared = new Vocabulary();
}

/**
 * A copy of `s` that does not hold on to the text it was cut from: V8 keeps a slice of 13 or more
 * characters as a view into the whole text, which a shared vocabulary would keep alive.
 */
export function detached(s: string): string {
  return s.length < 13 ? s : (' ' + s).slice(1);
}
