/**
 * Compiles knowledge-base aliases into patterns. An alias is a phrase of words; `{slot}` stands for any word
 * of a slot list and `{slot?}` for an optional one ("Kyoto {topic?} {agreement}" matches "Kyoto Protocol"
 * and "Kyoto global warming pact"). Words are case-insensitive except all-capital ones ("ABM", "UN", "START
 * II"), so "un" or "Start" never match; `strictCase` also keeps capitalised words capitalised ("Nice Treaty"
 * but not "a nice treaty").
 */
import { aliasItems, SLOT, startRunsOf } from './aliasItems';
import { matchAliasAt, printItems, type Item } from './aliasPattern';
import { lazyPattern } from './lazyPattern';
import type { Alias, AliasRule } from './types';

const NOT_WORD_CHAR = lazyPattern(String.raw`[^\p{L}\p{N}]`, 'u');

export { startRunsOf } from './aliasItems';

/**
 * An alias ready to match. Its pattern is built on first use: of the hundreds of aliases, an article starts
 * only a few (a match must start with one of the alias's `startRuns`).
 */
export class CompiledAlias {
  private built?: { readonly items: readonly Item[]; readonly astral: boolean };
  private global?: RegExp;
  private anchored?: RegExp;
  private lowerAnchor?: string;

  constructor(
    readonly entryId: string,
    readonly rule: AliasRule,
    private readonly words: readonly string[],
    private readonly slots: Readonly<Record<string, readonly string[]>>,
    /** Characters of literal (non-slot) words: the more, the more specific the alias. */
    readonly literalLength: number,
    /**
     * The word runs (lowercase) a match can start with, or null when the alias cannot be looked up that way:
     * "Anti-Ballistic Missile …" starts with the run "anti" or "antiballistic", "U.N. Charter" with "u".
     */
    readonly startRuns: readonly string[] | null,
  ) {
    const plain = /^[A-Za-z0-9]+$/;
    this.secondWord = words.length > 1 && plain.test(words[0]) && plain.test(words[1]) ? words[1].toLowerCase() : null;
  }

  /**
   * When the alias starts with two plain words ("Treaty of …"), the second, lowercase: a match has it as the
   * next word run after the first one and spaces, which is cheap to check before matching.
   */
  readonly secondWord: string | null;

  private get pattern(): { readonly items: readonly Item[]; readonly astral: boolean } {
    return (this.built ??= aliasItems(this.words, this.slots, this.rule.strictCase === true));
  }

  /** The pattern as a regular expression source, without flags. */
  get source(): string {
    return `(?<![\\p{L}\\p{N}])${printItems(this.pattern.items)}(?![\\p{L}\\p{N}])`;
  }

  /** Every match from `lastIndex` on (flags gu). */
  get regex(): RegExp {
    return (this.global ??= new RegExp(this.source, 'gu'));
  }

  /** A lowercase literal the text must contain for the alias to match at all (a fast pre-check). */
  get anchor(): string {
    if (this.lowerAnchor === undefined) {
      let anchor = '';
      for (const word of this.words) {
        const plain = word.toLowerCase();
        if (!SLOT.test(word) && plain.length > anchor.length && !NOT_WORD_CHAR().test(plain)) anchor = plain;
      }
      this.lowerAnchor = anchor;
    }
    return this.lowerAnchor;
  }

  /**
   * The end of the match starting at `start`, or -1: the match `regex` finds there. `start` must not follow a
   * letter or digit (the expression's look-behind), as a word run's start never does.
   */
  matchAt(text: string, start: number): number {
    const { items, astral } = this.pattern;
    if (!astral) return matchAliasAt(items, text, start);
    const re = (this.anchored ??= new RegExp(this.source, 'uy'));
    re.lastIndex = start;
    const m = re.exec(text);
    return m ? start + m[0].length : -1;
  }
}


/** Compiles one alias; null when it names an unknown slot or has no word of its own. */
export function compileAlias(entryId: string, alias: Alias, slots: Readonly<Record<string, readonly string[]>>): CompiledAlias | null {
  const rule: AliasRule = typeof alias === 'string' ? { text: alias } : alias;
  const words = rule.text.trim().split(/\s+/);
  let literalLength = 0;
  for (const word of words) {
    const slot = SLOT.exec(word);
    if (!slot) literalLength += word.length;
    else if (!slots[slot[1]]?.length) return null;
  }
  if (literalLength === 0) return null;
  const startRuns = SLOT.test(words[0]) ? null : startRunsOf(words[0]);
  return new CompiledAlias(entryId, rule, words, slots, literalLength, startRuns);
}
