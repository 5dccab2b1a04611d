/**
 * The characters the figure pass (figures/index.ts) may read for one stretch (a paragraph or the headline):
 * its figures are a function of these characters and the article's year, so a stretch whose window is
 * unchanged by an edit has the same figures, moved by the edit. Worked out from the pass's reads:
 * - before the stretch, at most 40 characters (the word or name before a number, "about", "between", a
 *   currency sign). A run of spaces is scanned further back only to gate a pattern run on the last 25
 *   characters, which finds nothing in 25 spaces whatever the gate says.
 * - after it, a number found in the stretch can run on past its end through what a number pattern consumes
 *   (spaces, digits, "," or "." before a digit, "-" before a letter, letters of scale and number words, "%"),
 *   so up to the first other character, `stop` ("5\n\nmillion dollars," reads on to the comma); every run of
 *   spaces the pass skips starts at a number's end, so it ends before `stop`. From a number's end the pass
 *   reads at most 120 characters (the counted noun: "5 million … troops"), so nothing past `stop` + 120.
 * A stretch with no `stop` within 2,048 characters gets no window (its figures are always found afresh).
 */
export const READ_BEFORE = 64;
/** What is read past `stop`: the counted noun's 120 characters, and a margin. */
const READ_AFTER = 128;
const STOP_WITHIN = 2048;

/** The end of the window after a stretch ending at `end`, or -1 when it has none. */
export function windowEnd(text: string, end: number): number {
  for (let i = end; i < text.length; i++) {
    if (i - end > STOP_WITHIN) return -1;
    const c = text.charCodeAt(i);
    if (!isSpaceLike(c) && !continuesNumber(text, i, c)) return Math.min(text.length, i + READ_AFTER);
  }
  return text.length;
}

/** Whether a number pattern may consume the character `c` at `i` (any non-ASCII one may be a letter or space). */
function continuesNumber(text: string, i: number, c: number): boolean {
  if (c >= 128) return true;
  if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 37) return true;
  const next = text.charCodeAt(i + 1);
  if (c === 44 || c === 46) return next >= 48 && next <= 57;
  if (c === 45) return next >= 128 || (next >= 65 && next <= 90) || (next >= 97 && next <= 122);
  return false;
}

/** `\s` of a regular expression (Unicode spaces included), by char code. */
function isSpaceLike(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
