/**
 * Tokens of the paragraphs an edit left unchanged, copied from the previous version of the document instead
 * of tokenized again. Tokenizing a paragraph reads only its own characters and the two after it ("No." is an
 * abbreviation before " 5": words.ts reads two characters past the dot), so a paragraph whose text and those
 * two characters are unchanged has the same tokens, at offsets moved by the edit. Word ids are the shared
 * vocabulary's: tokens are copied only while it is the one the previous version's tokens were made with.
 */
import type { Doc } from '../doc';
import type { TokenTable } from '../text/tokenTable';
import type { Paragraph } from '../types';
import type { TextDelta } from './textDelta';

/** Characters after a paragraph that its tokenization may read. */
const READ_AFTER = 2;

export class TokenReuse {
  /** The previous version's paragraphs by start offset. */
  private readonly paragraphAt = new Map<number, Paragraph>();
  /** First token of each previous paragraph; the entry after the last is the number of tokens. */
  private readonly firstToken: Int32Array;
  copied = 0;

  constructor(private readonly previous: Doc, private readonly delta: TextDelta) {
    const paragraphs = previous.layout.paragraphs;
    for (const p of paragraphs) this.paragraphAt.set(p.start, p);
    this.firstToken = firstTokens(previous.tokens, paragraphs.length);
  }

  /** Appends paragraph `p`'s tokens from the previous version if it is unchanged; false when it is not. */
  appendUnchanged(tokens: TokenTable, p: Paragraph): boolean {
    if (tokens.vocabulary !== this.previous.tokens.vocabulary) return false;
    const oldStart = this.delta.oldStart(p.start, p.end);
    const old = oldStart < 0 ? undefined : this.paragraphAt.get(oldStart);
    if (!old || old.end - old.start !== p.end - p.start) return false;
    const read = Math.min(this.delta.oldLength, old.end + READ_AFTER);
    if (this.delta.newStart(old.start, read) !== p.start) return false;
    tokens.appendShifted(this.previous.tokens, this.firstToken[old.index], this.firstToken[old.index + 1], p.start - old.start, p.index);
    this.copied++;
    return true;
  }
}

/** The first token of each paragraph (tokens come in paragraph order, the headline's first with para -1). */
function firstTokens(tokens: TokenTable, paragraphs: number): Int32Array {
  const first = new Int32Array(paragraphs + 1);
  for (let k = 0; k < tokens.length; k++) if (tokens.para[k] >= 0) first[tokens.para[k] + 1]++;
  first[0] = tokens.length - first.reduce((sum, n) => sum + n, 0);
  for (let j = 1; j <= paragraphs; j++) first[j] += first[j - 1];
  return first;
}
