/**
 * `"We will hunt them down." Ruiz also said that the talks would go on.`: a quotation no cue attributes,
 * opening its paragraph, right before a sentence whose source "also" speaks ("Ruiz also said", "she also
 * stated") is that source's words: "also" says the source was speaking just before. Without it, the
 * quotation continues the previous statement as before (statements.ts linkFloating).
 */
import type { Doc } from '../doc';
import type { Draft } from './drafts';

/** Words between a closing mark and the next sentence's subject (a full stop, a closing bracket). */
const SKIPPABLE = /^[.!?)\]]$/;

export function alsoSourceAfter(doc: Doc, d: Draft, next: Draft): boolean {
  const q = d.quote;
  if (!q || q.closeTok === null || d.phrase || !next.phrase || !next.cue || next.para !== d.para) return false;
  const { lower, para } = doc.tokens;
  if (q.openTok > 0 && para[q.openTok - 1] === para[q.openTok]) return false;
  let k = q.closeTok + 1;
  while (k < next.phrase.first && SKIPPABLE.test(lower[k])) k++;
  if (k !== next.phrase.first) return false;
  for (let t = next.phrase.last + 1; t <= next.cue.verbTok; t++) if (lower[t] === 'also') return true;
  return false;
}
