/**
 * Layout: front matter, headline, dateline or byline, boilerplate lines and body paragraphs.
 * A paragraph is a run of non-blank lines; boilerplate lines count as blank.
 */
import boilerplate from './data/boilerplate.json';
import { inlineDatelineAt, isDatelineBlock, titleOverDateline } from './datelines';
import { frontMatterOf } from './frontMatter';
import { paragraphsOfBlock } from './lineParagraphs';
import { postHeaderEnd } from './liveblogStamps';
import type { FrontMatter, Paragraph, Span, TextSpan } from './types';

export interface Layout {
  readonly frontMatter: FrontMatter | null;
  readonly headline: TextSpan | null;
  readonly dateline: TextSpan | null;
  readonly paragraphs: Paragraph[];
  readonly boilerplate: Span[];
}

const CONTAINS: readonly string[] = boilerplate.contains;
const EXACT = new Set<string>(boilerplate.exact);

interface Line { start: number; end: number }

/** Every line of `text[from, to)`, without its line break (CR included). */
function linesOf(text: string, from: number): Line[] {
  const lines: Line[] = [];
  let start = from;
  while (start <= text.length) {
    let nl = text.indexOf('\n', start);
    if (nl < 0) nl = text.length;
    const end = nl > start && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
    lines.push({ start, end });
    start = nl + 1;
  }
  return lines;
}

export function isBoilerplate(line: string): boolean {
  const t = line.trim().toLowerCase();
  if (t.length === 0 || t.length > 140) return false;
  if (EXACT.has(withoutFinalMarks(t))) return true;
  return CONTAINS.some((c) => t.includes(c));
}

/** `line.replace(/[.:!]+$/, '')` without the regex, which tries the end anchor at every offset of the line. */
function withoutFinalMarks(line: string): string {
  let end = line.length;
  for (let c = line.charCodeAt(end - 1); c === 46 || c === 58 || c === 33; c = line.charCodeAt(end - 1)) end--;
  return end === line.length ? line : line.slice(0, end);
}

function isBlank(text: string, line: Line): boolean {
  for (let i = line.start; i < line.end; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 160 && c !== 0xfeff) return false;
  }
  return true;
}

/** Runs of non-blank, non-boilerplate lines, split where their lines are paragraphs (lineParagraphs.ts). */
function blocksOf(text: string, lines: Line[], skipped: Span[]): Span[] {
  const blocks: Span[] = [];
  const trim = (start: number, end: number) => trimSpan(text, start, end);
  let open: Line[] = [];
  const close = () => {
    if (open.length > 0) for (const b of paragraphsOfBlock(text, open, trim)) blocks.push(b);
    open = [];
  };
  for (const line of lines) {
    const blank = isBlank(text, line);
    const furniture = !blank && line.end - line.start <= 140 && isBoilerplate(text.slice(line.start, line.end));
    if (furniture) skipped.push({ start: line.start, end: line.end });
    if (blank || furniture) {
      close();
      continue;
    }
    const post = postHeaderEnd(text, line.start, line.end);
    if (post > line.start && post < line.end) {
      // "… 5ptsFeaturedMarch 3, 2016 9:52PMMayor Says …": the live-blog header is furniture (liveblogStamps.ts)
      // and the post's title, the rest of the line, a paragraph of its own.
      skipped.push({ start: line.start, end: post });
      close();
      open.push({ start: post, end: line.end });
      close();
    } else {
      open.push(line);
    }
  }
  close();
  return blocks;
}

function trimSpan(text: string, start: number, end: number): Span {
  while (start < end && isSpaceAt(text, start, /\s|\uFEFF/)) start++;
  while (end > start && isSpaceAt(text, end - 1, /\s/)) end--;
  return { start, end };
}

/** `space.test(text[i])`, with ASCII read by char code (`\s` there is tab to carriage return and space). */
function isSpaceAt(text: string, i: number, space: RegExp): boolean {
  const c = text.charCodeAt(i);
  return c < 128 ? c === 32 || (c >= 9 && c <= 13) : space.test(text[i]);
}

function looksLikeHeadline(text: string, b: Span, title: string | undefined): boolean {
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
function splitHeadlineDeck(text: string, blocks: Span[]): void {
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

export function findLayout(text: string): Layout {
  const frontMatter = frontMatterOf(text);
  const skipped: Span[] = [];
  const blocks = blocksOf(text, linesOf(text, frontMatter ? frontMatter.end : 0), skipped);
  if (blocks.length > 1) splitHeadlineDeck(text, blocks);
  let k = 0;
  let headline: TextSpan | null = null;
  let dateline: TextSpan | null = null;
  if (blocks.length > 1 && (looksLikeHeadline(text, blocks[0], frontMatter?.fields.title) || titleOverDateline(text, blocks))) {
    headline = { ...blocks[0], text: text.slice(blocks[0].start, blocks[0].end) };
    k = 1;
  }
  const next = blocks[k];
  if (next && k < blocks.length - 1 && next.end - next.start <= 200 && isDatelineBlock(text.slice(next.start, next.end))) {
    dateline = { ...next, text: text.slice(next.start, next.end) };
    k++;
  }
  const body = blocks.slice(k);
  const inline = body.length > 0 ? inlineDatelineAt(text, body[0].start, body[0].end) : null;
  if (inline) {
    body[0] = { start: inline.bodyStart, end: body[0].end };
    dateline ??= { ...inline.dateline, text: text.slice(inline.dateline.start, inline.dateline.end) };
  }
  const paragraphs = body.map((b, index) => ({ start: b.start, end: b.end, index }));
  return { frontMatter, headline, dateline, paragraphs, boilerplate: skipped };
}
