/**
 * Compiles knowledge-base aliases into regular expressions. An alias is a phrase of words; `{slot}` stands for
 * any word of a slot list and `{slot?}` for an optional one ("Kyoto {topic?} {agreement}" matches "Kyoto
 * Protocol" and "Kyoto global warming pact"). Words are case-insensitive except all-capital ones ("ABM", "UN",
 * "START II"), so "un" or "Start" never match; `strictCase` also keeps capitalised words capitalised ("Nice
 * Treaty" but not "a nice treaty").
 */
import type { Alias, AliasRule } from './types';

/** An alias ready to match: its pattern, compiled into regular expressions on first use. */
export class CompiledAlias {
  private global?: RegExp;
  private anchored?: RegExp;

  constructor(
    readonly entryId: string,
    readonly rule: AliasRule,
    /** The pattern, without flags. */
    readonly source: string,
    /** A lowercase literal the text must contain for the alias to match at all (a fast pre-check). */
    readonly anchor: string,
    /** Characters of literal (non-slot) words: the more, the more specific the alias. */
    readonly literalLength: number,
    /**
     * The word runs (lowercase) a match can start with, or null when the alias cannot be looked up that way:
     * "Anti-Ballistic Missile …" starts with the run "anti" or "antiballistic", "U.N. Charter" with "u".
     */
    readonly startRuns: readonly string[] | null,
  ) {}

  /** Every match from `lastIndex` on (flags gu). */
  get regex(): RegExp {
    return (this.global ??= new RegExp(this.source, 'gu'));
  }

  /** A match starting exactly at `lastIndex` (flags uy): the same match the global pattern finds there. */
  get sticky(): RegExp {
    return (this.anchored ??= new RegExp(this.source, 'uy'));
  }
}

const HYPHENS = '\\-\u2010\u2011\u2012\u2013';
const SLOT = /^\{([A-Za-z][\w-]*)(\?)?\}$/;

function escapeChar(c: string): string {
  return /[.*+?^${}()|[\]\\\/]/.test(c) ? `\\${c}` : c;
}

/** A word as a pattern: letters case-insensitive unless `exact`; a hyphen may also be a space or nothing. */
function wordPattern(word: string, exact: boolean, strictInitial: boolean): string {
  let out = '';
  for (let i = 0; i < word.length; i++) {
    const c = word[i];
    if (c === '-') out += `(?:[${HYPHENS}]|\\s)?`;
    else if (exact || (strictInitial && i === 0 && c !== c.toLowerCase())) out += escapeChar(c);
    else if (c.toLowerCase() !== c.toUpperCase()) out += `[${c.toLowerCase()}${c.toUpperCase()}]`;
    else out += escapeChar(c);
  }
  return out;
}

/** Words with capitals and no lowercase letter are matched exactly: "ABM", "U.N.", "G7", "II". */
function isAcronym(word: string): boolean {
  return /\p{Lu}/u.test(word) && !/\p{Ll}/u.test(word);
}

function phrasePattern(phrase: string, strict: boolean): string {
  return phrase.split(/\s+/).map((w) => wordPattern(w, isAcronym(w), strict)).join('\\s+');
}

const slotPatterns = new WeakMap<readonly string[], string>();

/** An alternation of the slot's words, longest first (built once per word list). */
function slotPattern(words: readonly string[]): string {
  let pattern = slotPatterns.get(words);
  if (pattern === undefined) {
    const sorted = [...words].sort((a, b) => b.length - a.length);
    pattern = `(?:${sorted.map((w) => phrasePattern(w, false)).join('|')})`;
    slotPatterns.set(words, pattern);
  }
  return pattern;
}

/**
 * The word runs a match of this first word can start with. A hyphen may match nothing, so "Anti-Ballistic"
 * gives "anti" (a hyphen or space follows in the text) and "antiballistic"; ASCII punctuation ends the run
 * ("U.N." → "u"). Null for a word that does not start with an ASCII letter or digit, or that has a non-ASCII
 * character (it may be a letter that lengthens the run).
 */
export function startRunsOf(word: string): string[] | null {
  const runs: string[] = [];
  let run = '';
  for (const c of word) {
    if (/^[A-Za-z0-9]$/.test(c)) run += c.toLowerCase();
    else if (run === '' || c.charCodeAt(0) >= 128) return null;
    else if (c === '-') runs.push(run);
    else return [...runs, run];
  }
  return run === '' ? null : [...runs, run];
}

/** Compiles one alias; null when it names an unknown slot. */
export function compileAlias(entryId: string, alias: Alias, slots: Readonly<Record<string, readonly string[]>>): CompiledAlias | null {
  const rule: AliasRule = typeof alias === 'string' ? { text: alias } : alias;
  const words = rule.text.trim().split(/\s+/);
  let body = '';
  let literalLength = 0;
  let anchor = '';
  for (const word of words) {
    const slot = SLOT.exec(word);
    const sep = body === '' ? '' : '\\s+';
    if (slot) {
      const list = slots[slot[1]];
      if (!list || list.length === 0) return null;
      body += slot[2] ? `(?:${sep}${slotPattern(list)})?` : `${sep}${slotPattern(list)}`;
      continue;
    }
    body += sep + wordPattern(word, isAcronym(word), rule.strictCase === true);
    literalLength += word.length;
    const plain = word.toLowerCase();
    if (plain.length > anchor.length && !/[^\p{L}\p{N}]/u.test(plain)) anchor = plain;
  }
  if (literalLength === 0) return null;
  const startRuns = SLOT.test(words[0]) ? null : startRunsOf(words[0]);
  return new CompiledAlias(entryId, rule, `(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, anchor, literalLength, startRuns);
}
