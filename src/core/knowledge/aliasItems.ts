/**
 * The pattern tree of an alias's words (see `aliasPattern.ts`), built as the alias's regular expression always
 * was: letters in either case unless the word is all capitals ("ABM") or `strictCase` keeps a capital; a
 * hyphen may be a dash, a space or nothing; `{slot}` any word of a slot list, longest first.
 */
import type { Item } from './aliasPattern';
import { lazyPattern } from './lazyPattern';
import { ASCII_INDEX } from './wordChars';

export const SLOT = /^\{([A-Za-z][\w-]*)(\?)?\}$/;
const SURROGATE = /[\uD800-\uDFFF]/;
const UPPER = lazyPattern(String.raw`\p{Lu}`, 'u');
const LOWER = lazyPattern(String.raw`\p{Ll}`, 'u');

function charItem(c: string, source: string): Item {
  const codes: number[] = [];
  for (let i = 0; i < c.length; i++) codes.push(c.charCodeAt(i));
  return { kind: 'char', codes, source };
}

function escapeChar(c: string): Item {
  return charItem(c, /[.*+?^${}()|[\]\\\/]/.test(c) ? `\\${c}` : c);
}

/** A word as a pattern: letters case-insensitive unless `exact`; a hyphen may also be a space or nothing. */
function wordItems(word: string, exact: boolean, strictInitial: boolean): Item[] {
  const out: Item[] = [];
  for (let i = 0; i < word.length; i++) {
    const c = word[i];
    if (c === '-') out.push({ kind: 'dash' });
    else if (exact || (strictInitial && i === 0 && c !== c.toLowerCase())) out.push(escapeChar(c));
    else if (c.toLowerCase() !== c.toUpperCase()) out.push(charItem(c.toLowerCase() + c.toUpperCase(), `[${c.toLowerCase()}${c.toUpperCase()}]`));
    else out.push(escapeChar(c));
  }
  return out;
}

/** Words with capitals and no lowercase letter are matched exactly: "ABM", "U.N.", "G7", "II". */
function isAcronym(word: string): boolean {
  if (/^[\x00-\x7f]*$/.test(word)) return /[A-Z]/.test(word) && !/[a-z]/.test(word);
  return UPPER().test(word) && !LOWER().test(word);
}

function phraseItems(phrase: string, strict: boolean): Item[] {
  return phrase.split(/\s+/).flatMap((w, i) => [...(i > 0 ? [{ kind: 'space' } as const] : []), ...wordItems(w, isAcronym(w), strict)]);
}

const slotItems = new WeakMap<readonly string[], Item>();

/** An alternation of the slot's words, longest first (built once per word list). */
function slotItem(words: readonly string[]): Item {
  let item = slotItems.get(words);
  if (item === undefined) {
    const sorted = [...words].sort((a, b) => b.length - a.length);
    slotItems.set(words, (item = { kind: 'alt', options: sorted.map((w) => phraseItems(w, false)) }));
  }
  return item;
}

/**
 * The word runs a match of this first word can start with. A hyphen may match nothing, so "Anti-Ballistic"
 * gives "anti" (a hyphen or space follows in the text) and "antiballistic"; ASCII punctuation ends the run
 * ("U.N." → "u"). Null for a word that does not start with an ASCII letter or digit, or that has a non-ASCII
 * character (it may be a letter that lengthens the run).
 */
export function startRunsOf(word: string): string[] | null {
  const lower = word.toLowerCase();
  const runs: string[] = [];
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c < 128 && ASCII_INDEX[c] >= 0) continue;
    if (i === 0 || c >= 128) return null;
    const run = lower.slice(0, i).replace(/-/g, '');
    if (c !== 0x2d) return [...runs, run];
    runs.push(run);
  }
  return word === '' ? null : [...runs, lower.replace(/-/g, '')];
}

/** The pattern of an alias's words; `astral` when it has surrogates, which a pattern matches as whole code points only. */
export function aliasItems(words: readonly string[], slots: Readonly<Record<string, readonly string[]>>, strictCase: boolean): { items: Item[]; astral: boolean } {
  const items: Item[] = [];
  let astral = false;
  for (const word of words) {
    const slot = SLOT.exec(word);
    const sep: Item[] = items.length === 0 ? [] : [{ kind: 'space' }];
    if (slot) {
      const list = slots[slot[1]];
      astral ||= list.some((w) => SURROGATE.test(w));
      if (slot[2]) items.push({ kind: 'opt', body: [...sep, slotItem(list)] });
      else items.push(...sep, slotItem(list));
    } else {
      astral ||= SURROGATE.test(word);
      items.push(...sep, ...wordItems(word, isAcronym(word), strictCase));
    }
  }
  return { items, astral };
}
