/**
 * Turns numbers into figures: ranges ("between 3,000 and 3,500", "2,000 to 2,500", "3,000–3,500"),
 * approximations ("about 7,000", "107 or more"), years, percentages and money.
 */
import type { Figure } from '../types';
import type { Atom } from './atoms';
import { isSpace } from '../knowledge/wordChars';
import { countedNoun } from './counts';
import { APPROXIMATION_AFTER, APPROXIMATION_BEFORE, APPROXIMATION_FIRST, APPROXIMATION_LAST } from './lexicon';

export type Draft = Omit<Figure, 'statementId'>;

/** "from 7,000 to 3,500" is a change between two figures, unless it is a spread ("ranging from 5 to 10"). */
function rangeConnector(text: string, a: Atom, b: Atom): 'between' | 'plain' | 'score' | null {
  const between = text.slice(a.end, b.start);
  const before = text.slice(Math.max(0, a.start - 30), a.start);
  if (/^\s+and\s+$/.test(between)) return /between\s+$/i.test(before) ? 'between' : null;
  if (/^\s+to\s+$/.test(between)) {
    if (/\bfrom\s+$/i.test(before) && !/(?:rang\w*|anywhere|vary\w*)\s+from\s+$/i.test(before)) return null;
    return 'plain';
  }
  if (/^\s?[-\u2013\u2014]\s?$/.test(between)) {
    const smallScore = a.value <= 20 && b.value <= 20 && !b.percent && !b.measure && !b.currency && b.scale === 1;
    return smallScore ? 'score' : 'plain';
  }
  return null;
}

/** Combines a with b when they form a range, carrying b's scale, currency and unit back to a. */
function asRange(text: string, a: Atom, b: Atom): { low: number; how: 'between' | 'plain' } | null {
  const how = rangeConnector(text, a, b);
  if (!how || how === 'score' || a.words !== b.words && a.words) return null;
  if ((a.currency && b.currency && a.currency !== b.currency) || (a.percent && !b.percent)) return null;
  const low = a.scale === 1 && b.scale > 1 && a.value <= b.value / b.scale ? a.value * b.scale : a.value;
  return low < b.value ? { low, how } : null;
}

/**
 * "about 7,000", "107 or more": both patterns need a space next to the number, and a word of theirs next to
 * the spaces (by its last or first letter), so most numbers skip them.
 */
function approximation(text: string, start: number, end: number): { word: string | null; start: number } {
  const before = start > 0 && isSpace(text.charCodeAt(start - 1)) && mayBe(APPROXIMATION_LAST, letterBefore(text, start - 1)) ? APPROXIMATION_BEFORE().exec(text.slice(Math.max(0, start - 25), start)) : null;
  if (before) return { word: before[1].toLowerCase().replace(/\s+/g, ' '), start: start - before[0].length };
  const after = isSpace(text.charCodeAt(end)) && mayBe(APPROXIMATION_FIRST, letterAfter(text, end)) ? APPROXIMATION_AFTER().exec(text.slice(end, end + 15)) : null;
  return { word: after ? after[1].toLowerCase().replace(/\s+/g, ' ') : null, start };
}

/** The character before the spaces that end at `i` (inclusive), or NaN. */
function letterBefore(text: string, i: number): number {
  while (i >= 0 && isSpace(text.charCodeAt(i))) i--;
  return text.charCodeAt(i);
}

/** The character after the spaces that start at `i`, or NaN. */
function letterAfter(text: string, i: number): number {
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  return text.charCodeAt(i);
}

/**
 * Whether an ASCII character may be the letter (any case: the patterns have the `i` flag) in `letters`; any
 * other character may be, as far as this shortcut knows ("ſ" matches "s" under `iu`): the pattern decides.
 */
function mayBe(letters: ReadonlySet<number>, c: number): boolean {
  return !(c < 128) || letters.has(c | 32);
}

function kindOf(a: Atom, approximated: boolean, range: boolean): Figure['kind'] {
  if (a.percent) return 'percent';
  if (a.currency) return 'money';
  if (a.fourDigits && !a.measure && !approximated && a.value >= 1000 && a.value <= 2100) return 'year';
  return range ? 'range' : 'count';
}

function draft(text: string, first: Atom, last: Atom, low: number, spanStart: number, approx: string | null): Draft | null {
  const range = first !== last;
  const kind = kindOf(last, approx !== null, range);
  if (kind === 'year' && range && !first.fourDigits) return null;
  const counts = kind === 'count' || kind === 'range' ? (last.measure ? null : countedNoun(text, last.end, low === 1 && !range)) : null;
  if (first.words && last.scale === 1 && !counts) return null;
  return {
    start: spanStart, end: last.end, text: text.slice(spanStart, last.end), kind, value: low, high: last.value,
    approximation: approx, unit: last.percent ? '%' : last.currency ?? last.measure, counts, 
  };
}

/** Figures from the numbers of one stretch of text, in order. */
export function buildFigures(text: string, atoms: readonly Atom[]): Draft[] {
  const out: Draft[] = [];
  for (let i = 0; i < atoms.length; i++) {
    const a = atoms[i];
    const b = atoms[i + 1];
    // "won 3-1": a score, not figures.
    if (b && !a.words && rangeConnector(text, a, b) === 'score') { i++; continue; }
    const range = b ? asRange(text, a, b) : null;
    if (range) {
      const spanStart = range.how === 'between' ? a.start - (/between\s+$/i.exec(text.slice(Math.max(0, a.start - 12), a.start))?.[0].length ?? 0) : a.start;
      const approx = range.how === 'between' ? null : approximation(text, a.start, b.end);
      const d = draft(text, a, b, range.low, approx?.start ?? spanStart, approx?.word ?? null);
      if (d) { out.push(d); i++; continue; }
    }
    const approx = approximation(text, a.start, a.end);
    const d = draft(text, a, a, a.value, approx.start, approx.word);
    if (d) out.push(d);
  }
  return out;
}
