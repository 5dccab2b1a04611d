/**
 * A statement's content as the statements/ readers find it: a span of tokens, and the stretch of sentence
 * around a cue they look for it in.
 */
import type { Doc } from '../doc';

/** The content's first and last tokens. */
export interface Content {
  readonly first: number;
  readonly last: number;
}

/** The sentence around token `i`, at most 80 tokens back and 150 ahead (bounded work per cue). */
export function sentenceBounds(doc: Doc, i: number): [number, number] {
  return [Math.max(doc.sentStart[i], i - 80), Math.min(doc.sentEnd[i], i + 150)];
}
