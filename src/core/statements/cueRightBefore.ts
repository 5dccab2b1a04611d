/**
 * A quotation right after its cue (nothing but a comma or colon between) belongs to that cue, even when a
 * source and a cue follow it: in `When a man in the crowd shouted, "Cruz," Beck joked, "Amen!"` the man
 * shouted "Cruz" and Beck's cue takes the next quotation; in `a clip that Judge Ann Stone called
 * "distasteful," Lee expressed a wish to …` the judge's word is no part of Lee's sentence. Not "according to
 * X, "…"," the report said (a medium names no words of its own), nor a leading participle (`Saying "he had a
 * gun to his head," he told them …`: its subject is the main clause's, after the quotation).
 */
import type { Doc } from '../doc';
import type { QuoteSpan } from '../quotes/span';
import type { QuoteAttribution } from './attribution';

export function cueRightBefore(doc: Doc, q: QuoteSpan, before: QuoteAttribution | null): QuoteAttribution | null {
  const cue = before?.cue;
  if (!before || !cue || !before.cueBefore || before.fromPreviousSentence || before.phrase === null || cue.kind === 'according' || cue.inflection === 'ing') return null;
  const { lower, sent } = doc.tokens;
  if (sent[cue.lastTok] !== sent[q.openTok]) return null;
  for (let k = cue.lastTok + 1; k < q.openTok; k++) if (lower[k] !== ',' && lower[k] !== ':') return null;
  return before;
}
