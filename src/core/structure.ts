/**
 * Layout: front matter, headline, dateline or byline, boilerplate lines and body paragraphs.
 * A paragraph is a run of non-blank lines; boilerplate lines count as blank.
 */
import boilerplate from './data/boilerplate.json';
import { inlineDatelineAt, isDatelineBlock, titleOverDateline } from './datelines';
import { frontMatterOf } from './frontMatter';
import { looksLikeHeadline, splitHeadlineDeck } from './headlineBlock';
import { firstChar, paragraphsOfBlock, type Line } from './lineParagraphs';
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
  return firstChar(text, line) < 0;
}

/** Runs of non-blank, non-boilerplate lines, split where their lines are paragraphs (lineParagraphs.ts). */
function blocksOf(text: string, lines: Line[], skipped: Span[]): Span[] {
  const blocks: Span[] = [];
  let open: Line[] = [];
  const close = () => {
    if (open.length > 0) for (const b of paragraphsOfBlock(text, open)) blocks.push(b);
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
