/**
 * Line breaks: "\n", "\r\n" and "\r" are one break each, so rules that measure text in characters give the
 * same answer for an article whatever its line ends (test/unit/engineLineBreaks.test.ts).
 */

/** The length of `text[start, end)` with each "\r\n" counted as one character. */
export function spanLength(text: string, start: number, end: number): number {
  let n = end - start;
  for (let i = start; i + 1 < end; i++) if (text.charCodeAt(i) === 13 && text.charCodeAt(i + 1) === 10) n--;
  return n;
}
