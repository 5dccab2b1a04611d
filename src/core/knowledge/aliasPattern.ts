/**
 * An alias as a small pattern tree — letters, dashes, spaces, alternatives — that prints as the regular
 * expression it always was and that `matchAliasAt` runs directly. Running it directly costs nothing to set
 * up, where each of the hundreds of alias expressions cost about a millisecond to compile on first use
 * (their `\p{L}` classes).
 */
import { isSpace, wordCharAt } from './wordChars';

export type Item =
  /** One character among `codes` (UTF-16 units), printed as `source`. */
  | { readonly kind: 'char'; readonly codes: readonly number[]; readonly source: string }
  /** A hyphen of the alias: a dash, one space or nothing, `(?:[-‐‑‒–]|\s)?`. */
  | { readonly kind: 'dash' }
  /** Spaces between words, `\s+`. */
  | { readonly kind: 'space' }
  /** The first of these that lets the rest match, `(?:a|b)`. */
  | { readonly kind: 'alt'; readonly options: readonly (readonly Item[])[] }
  /** This if the rest then matches, else nothing, `(?:a)?`. */
  | { readonly kind: 'opt'; readonly body: readonly Item[] };

const DASHES = '\\-\u2010\u2011\u2012\u2013';

export function printItems(items: readonly Item[]): string {
  return items.map(printItem).join('');
}

function printItem(item: Item): string {
  switch (item.kind) {
    case 'char': return item.source;
    case 'dash': return `(?:[${DASHES}]|\\s)?`;
    case 'space': return '\\s+';
    case 'alt': return `(?:${item.options.map(printItems).join('|')})`;
    case 'opt': return `(?:${printItems(item.body)})?`;
  }
}

function isDash(c: number): boolean {
  return c === 0x2d || (c >= 0x2010 && c <= 0x2013);
}

type Rest = (pos: number) => number;

/**
 * Matches items[i…] at pos, then `rest`; the end of the match or -1. Choices are tried in the order a
 * backtracking regular expression tries them (greedy, first alternative first), so the match is the one
 * the expression finds.
 */
function matchFrom(items: readonly Item[], i: number, text: string, pos: number, rest: Rest): number {
  // Characters need no backtracking: read them in a loop.
  while (i < items.length && items[i].kind === 'char') {
    const codes = (items[i] as { readonly codes: readonly number[] }).codes;
    const c = text.charCodeAt(pos);
    if (codes[0] !== c && (codes.length === 1 || !codes.includes(c))) return -1;
    i++;
    pos++;
  }
  if (i === items.length) return rest(pos);
  const item = items[i];
  switch (item.kind) {
    case 'char':
      return -1;
    case 'dash': {
      const c = text.charCodeAt(pos);
      const taken = isDash(c) || isSpace(c) ? matchFrom(items, i + 1, text, pos + 1, rest) : -1;
      return taken >= 0 ? taken : matchFrom(items, i + 1, text, pos, rest);
    }
    case 'space': {
      let end = pos;
      while (end < text.length && isSpace(text.charCodeAt(end))) end++;
      for (; end > pos; end--) {
        const found = matchFrom(items, i + 1, text, end, rest);
        if (found >= 0) return found;
      }
      return -1;
    }
    case 'alt': {
      const next = (p: number) => matchFrom(items, i + 1, text, p, rest);
      for (const option of item.options) {
        const found = matchFrom(option, 0, text, pos, next);
        if (found >= 0) return found;
      }
      return -1;
    }
    case 'opt': {
      const next = (p: number) => matchFrom(items, i + 1, text, p, rest);
      const found = matchFrom(item.body, 0, text, pos, next);
      return found >= 0 ? found : next(pos);
    }
  }
}

/** The end of the alias's match at `start`, not followed by a letter or digit; -1 if none. */
export function matchAliasAt(items: readonly Item[], text: string, start: number): number {
  return matchFrom(items, 0, text, start, (end) => (end < text.length && wordCharAt(text, end) > 0 ? -1 : end));
}
