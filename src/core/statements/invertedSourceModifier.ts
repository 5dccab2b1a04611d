/**
 * An inverted source after a postposed cue with a participle modifier: "…, said a person briefed on the talks."
 * The phrase reader stops at the participle; its preposition and short object, up to the sentence's stop, still
 * name the source.
 */
import type { Doc } from '../doc';
import type { Phrase } from '../mentions/np';
import { WORD } from '../text/tokenTable';

/** "…, said a person briefed on the talks.": a participle, a preposition and its short object still name the source. */
export function withParticipleModifier(doc: Doc, p: Phrase | null): Phrase | null {
  const { lower, kind, cap, sent } = doc.tokens;
  const k = p ? p.last + 1 : -1;
  if (!p || kind[k] !== WORD || cap[k] === 1 || !lower[k].endsWith('ed') || !/^(?:on|about|of|in|with|to)$/.test(lower[k + 1] ?? '')) return p;
  let last = k + 2;
  while (last + 1 < doc.tokens.length && last < k + 6 && sent[last + 1] === sent[k] && kind[last + 1] === WORD) last++;
  return /^[.!?]$/.test(lower[last + 1] ?? '') ? { first: p.first, last } : p;
}

