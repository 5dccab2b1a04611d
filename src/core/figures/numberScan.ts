/**
 * The matches of NUMBER_ATOM in a stretch of text — the very ones running it globally gives — found without
 * running it at every character. A number starts a word run: its digits, or a number word ("twenty", "a"
 * of "a dozen", "seven" of "sevenpercent"), possibly after a currency symbol and a space ("US$ 5"). So one
 * pass over the word runs finds those cores (numberCores.ts), and the pattern, anchored, is tried only at the
 * few offsets before each core where a match can begin (the core, a space before it, a currency sign's first
 * letter), leftmost first, never inside the previous match: the global search, visiting only where it can
 * succeed.
 */
import { ASCII_INDEX, isSpace, wordCharBefore } from '../knowledge/wordChars';
import { LEXICON, NUMBER_ATOM, NUMBER_ATOM_SOURCE } from './lexicon';
import { lazyPattern } from '../knowledge/lazyPattern';
import { NUMBER_WORDS_START_ASCII, numberCores } from './numberCores';

const ANCHORED = lazyPattern(NUMBER_ATOM_SOURCE, 'iuy');
const CURRENCIES = Object.keys(LEXICON.currencySymbols);
/** The most characters a currency and its space take before the digits: "U.S.$ 5". */
const LEAD = Math.max(0, ...CURRENCIES.map((c) => c.length)) + 1;
/** Characters a currency may start with, in either case; with the `iu` flags "ſ" matches "s" and "K" "k". */
const CURRENCY_FIRST = new Set<number>();
/** The signs currencies end with ("$", "€"): without one right before the number (or before its space), no currency. */
const CURRENCY_LAST = new Set<number>();

/**
 * The shortcut holds when every currency ends in a sign that is no letter (so the number after it starts a
 * run) and every number word starts with ASCII letters; otherwise the pattern runs everywhere, as before.
 */
const SHORTCUT = setUp();

function setUp(): boolean {
  for (const c of CURRENCIES) {
    if (c === '' || !isSign(c.charCodeAt(c.length - 1))) return false;
    CURRENCY_LAST.add(c.charCodeAt(c.length - 1));
    for (const v of [c[0], c[0].toLowerCase(), c[0].toUpperCase()]) CURRENCY_FIRST.add(v.charCodeAt(0));
  }
  if (CURRENCY_FIRST.has(115) || CURRENCY_FIRST.has(83)) CURRENCY_FIRST.add(0x17f);
  if (CURRENCY_FIRST.has(107) || CURRENCY_FIRST.has(75)) CURRENCY_FIRST.add(0x212a);
  return NUMBER_WORDS_START_ASCII;
}

/** What may not stand right before a number (NUMBER_ATOM's look-behind, besides letters and digits). */
const NOT_BEFORE = new Set([...".,:$€£¥'’"].map((c) => c.charCodeAt(0)));

/** The look-behind fails at s: no match can start there. */
function blocked(text: string, s: number): boolean {
  return NOT_BEFORE.has(text.charCodeAt(s - 1)) || wordCharBefore(text, s);
}

/** ASCII punctuation or a currency sign (U+00A2–U+00A5, the Currency Symbols block): never a letter or digit. */
function isSign(c: number): boolean {
  return (c < 128 && ASCII_INDEX[c] < 0) || (c >= 0xa2 && c <= 0xa5) || (c >= 0x20a0 && c <= 0x20cf);
}

/** `\s` or, to be safe, any non-ASCII character. */
function maybeSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c >= 128;
}

function globalMatches(text: string, from: number, to: number): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  const re = NUMBER_ATOM();
  re.lastIndex = from;
  for (let m = re.exec(text); m && m.index < to; m = re.exec(text)) out.push(m);
  return out;
}

/** The matches of NUMBER_ATOM starting in [from, to), as its global search from `from` finds them. */
export function numberMatches(text: string, from: number, to: number): RegExpExecArray[] {
  if (!SHORTCUT) return globalMatches(text, from, to);
  const out: RegExpExecArray[] = [];
  let next = from;
  for (const q of numberCores(text, from, Math.min(text.length, to + LEAD))) {
    const before = text.charCodeAt(q - 1);
    const currency = CURRENCY_LAST.has(before) || (isSpace(before) && CURRENCY_LAST.has(text.charCodeAt(q - 2)));
    for (let s = Math.max(next, q - (currency ? LEAD : 1)); s <= q && s < to; s++) {
      const c = text.charCodeAt(s);
      if ((s !== q && !(s === q - 1 && maybeSpace(c)) && !CURRENCY_FIRST.has(c)) || blocked(text, s)) continue;
      const anchored = ANCHORED();
      anchored.lastIndex = s;
      const m = anchored.exec(text);
      if (m) {
        out.push(m);
        next = s + m[0].length;
        break;
      }
      next = s + 1;
    }
  }
  return out;
}
