/** Trimming a span of the text to its non-space characters, as layout reads blocks and paragraphs. */
import type { Span } from '../types';

/** `text[start, end)` without leading spaces (a byte-order mark too) or trailing spaces. */
export function trimSpan(text: string, start: number, end: number): Span {
  while (start < end && isSpaceAt(text, start, /\s|\uFEFF/)) start++;
  while (end > start && isSpaceAt(text, end - 1, /\s/)) end--;
  return { start, end };
}

/** `space.test(text[i])`, with ASCII read by char code (`\s` there is tab to carriage return and space). */
function isSpaceAt(text: string, i: number, space: RegExp): boolean {
  const c = text.charCodeAt(i);
  return c < 128 ? c === 32 || (c >= 9 && c <= 13) : space.test(text[i]);
}
