/**
 * Compiles knowledge-base aliases into regular expressions. An alias is a phrase of words; `{slot}` stands for
 * any word of a slot list and `{slot?}` for an optional one ("Kyoto {topic?} {agreement}" matches "Kyoto
 * Protocol" and "Kyoto global warming pact"). Words are case-insensitive except all-capital ones ("ABM", "UN",
 * "START II"), so "un" or "Start" never match; `strictCase` also keeps capitalised words capitalised ("Nice
 * Treaty" but not "a nice treaty").
 */
import type { Alias, AliasRule } from './types';

export interface CompiledAlias {
  readonly entryId: string;
  readonly rule: AliasRule;
  readonly regex: RegExp;
  /** A lowercase literal the text must contain for the alias to match at all (a fast pre-check). */
  readonly anchor: string;
  /** Characters of literal (non-slot) words: the more, the more specific the alias. */
  readonly literalLength: number;
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

function slotPattern(words: readonly string[]): string {
  const sorted = [...words].sort((a, b) => b.length - a.length);
  return `(?:${sorted.map((w) => phrasePattern(w, false)).join('|')})`;
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
  const regex = new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, 'gu');
  return { entryId, rule, regex, anchor, literalLength };
}
