/**
 * A participle cue right after a quotation that no other cue attributes: `who "deserved to die", adding to
 * CNN: …`. The participle's subject is its clause's, so the source is the sentence's subject, not the hearer
 * after the participle ("CNN").
 */
import type { Doc } from '../doc';
import type { QuoteSpan } from '../quotes/span';
import type { QuoteAttribution } from './attribution';
import type { CueIndex } from './cueIndex';
import { subjectOfCue } from './subject';

export function attributeParticipleAfter(doc: Doc, q: QuoteSpan, cues: CueIndex): QuoteAttribution | null {
  if (q.closeTok === null) return null;
  let j = q.closeTok + 1;
  if (doc.tokens.lower[j] === ',') j++;
  const cue = cues.startingAt(j);
  if (!cue || cue.kind !== 'verb' || cue.inflection !== 'ing' || doc.tokens.para[j] !== q.para) return null;
  const subject = subjectOfCue(doc, cue);
  return subject ? { cue, phrase: subject.phrase, apposition: null, cueBefore: false } : null;
}
