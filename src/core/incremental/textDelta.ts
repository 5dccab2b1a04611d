/**
 * What an edit left unchanged between two versions of a document's text: the longest common prefix and,
 * after it, the longest common suffix. A range of the new text that lies wholly in either is the same text
 * as a range of the old one, at an offset moved by `shift` in the suffix (0 in the prefix). Several edits
 * between two versions count as one running from the first changed character to the last.
 */
export class TextDelta {
  /** Characters [0, prefix) are the same in both texts. */
  readonly prefix: number;
  /** The last `suffix` characters are the same in both texts (never overlapping the prefix). */
  readonly suffix: number;
  /** newText.length - oldText.length: how far the suffix moved. */
  readonly shift: number;
  readonly newLength: number;
  readonly oldLength: number;

  constructor(readonly oldText: string, readonly newText: string) {
    this.oldLength = oldText.length;
    this.newLength = newText.length;
    this.shift = this.newLength - this.oldLength;
    const most = Math.min(this.oldLength, this.newLength);
    this.prefix = commonPrefix(oldText, newText, most);
    this.suffix = commonSuffix(oldText, newText, most - this.prefix);
  }

  /** The start of the old text's range equal to the new text's [start, end), or -1 when the edit touched it. */
  oldStart(start: number, end: number): number {
    if (start < 0 || end > this.newLength || end < start) return -1;
    if (end <= this.prefix) return start;
    if (start >= this.newLength - this.suffix) return start - this.shift;
    return -1;
  }

  /**
   * Where the old text's [from, to) — a window a pass read — stands in the new text, or -1 when the edit
   * touched it. A window that reached either end of the old text must reach the same end of the new one:
   * a pass stopped reading there, and would read on in a longer text.
   */
  newStart(from: number, to: number): number {
    let start = -1;
    if (to <= this.prefix) start = from;
    else if (from >= this.oldLength - this.suffix) start = from + this.shift;
    if (start < 0) return -1;
    if (from === 0 && start !== 0) return -1;
    if (to === this.oldLength && start + (to - from) !== this.newLength) return -1;
    return start;
  }
}

/** Characters compared at once by `===` on slices (native), before the character loop finds the place. */
const CHUNK = 4096;

function commonPrefix(a: string, b: string, most: number): number {
  let i = 0;
  while (i + CHUNK <= most && a.slice(i, i + CHUNK) === b.slice(i, i + CHUNK)) i += CHUNK;
  while (i < most && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

/** The common suffix of a and b, at most `most` characters long. */
function commonSuffix(a: string, b: string, most: number): number {
  const la = a.length;
  const lb = b.length;
  let n = 0;
  while (n + CHUNK <= most && a.slice(la - n - CHUNK, la - n) === b.slice(lb - n - CHUNK, lb - n)) n += CHUNK;
  while (n < most && a.charCodeAt(la - n - 1) === b.charCodeAt(lb - n - 1)) n++;
  return n;
}
