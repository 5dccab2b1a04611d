/**
 * The first block of the layout read as a headline (structure.ts): a short line, Title Case even with a stop,
 * or a headline and its deck joined on two lines.
 */
import { trimSpan } from './text/trim';
import type { Span } from './types';

/**
 * Whether block `b` reads as a headline: one line of at most 25 words, the front matter's title, and with a final
 * stop only when short or in Title Case (a body sentence's stop). Its own Title Case test, on the raw line, is
 * looser than text/titleCase.ts's token count (three in four words here) and predates it.
 */
export function looksLikeHeadline(text: string, b: Span, title: string | undefined): boolean {
  const s = text.slice(b.start, b.end);
  if (s.includes('\n') || s.length > 200) return false;
  if (title && s.trim() === title.trim()) return true;
  const words = s.split(/\s+/).length;
  return words <= 25 && (!/[.]$/.test(s) || words <= 12 || isTitleCase(s));
}

/**
 * "Holt: 'No Deal' If the Council Will Not Pay for a New Bridge.": most longer words capitalised, a headline
 * even when a feed closed it with a stop (a body sentence capitalises only its names).
 */
function isTitleCase(s: string): boolean {
  const long = s.split(/\s+/).filter((w) => w.replace(/\P{L}/gu, '').length > 3);
  return long.length >= 4 && long.filter((w) => /^\P{L}*\p{Lu}/u.test(w)).length >= 0.75 * long.length;
}

/**
 * "Council vote: 'Is that it?'; ¶Critics say the budget plan falls short.": a first block of two lines, the first
 * closed by a semicolon, is a headline and its deck joined by the page's scrape. The headline stands alone (its
 * semicolon is no sentence stop, so the deck would run into it) and the deck becomes the first paragraph.
 */
export function splitHeadlineDeck(text: string, blocks: Span[]): void {
  const b = blocks[0];
  if (b.end - b.start > 400) return;
  let nl = -1;
  for (let i = b.start; i < b.end; i++) {
    if (text.charCodeAt(i) !== 10) continue;
    if (nl >= 0) return;
    nl = i;
  }
  if (nl < 0) return;
  const head = trimSpan(text, b.start, nl);
  if (head.end <= head.start || text[head.end - 1] !== ';') return;
  const deck = trimSpan(text, nl + 1, b.end);
  if (deck.end <= deck.start) return;
  blocks.splice(0, 1, head, deck);
}
