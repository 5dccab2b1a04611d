/**
 * "Saying "he had a gun to his head," he told AMD he had to stop buying.": a participle cue opening the
 * sentence right before the quotation is the quotation's cue; the clause after the quotation ("he told AMD
 * …") lends it only its subject and keeps its own cue for its own reported content.
 */
import type { CueSpan } from '../cues';
import type { Doc } from '../doc';
import type { QuoteSpan } from '../quotes/span';
import type { QuoteAttribution } from './attribution';
import type { CueIndex } from './cueIndex';
import { closesSentence } from './postposed';

export function withLeadingParticiple(doc: Doc, q: QuoteSpan, att: QuoteAttribution | null, index: CueIndex): QuoteAttribution | null {
  if (!att || att.cueBefore || !att.cue || att.cue.kind !== 'verb') return att;
  const start = doc.sentStart[q.openTok];
  const lead: CueSpan | undefined = index.lastBefore(q.openTok, start);
  if (!lead || lead.inflection !== 'ing' || lead.firstTok !== start || lead.lastTok + 1 !== q.openTok) return att;
  const after = att.cue;
  if (closesSentence(doc, after, after.lastTok + 1, doc.sentEnd[after.verbTok])) return att;
  return { ...att, cue: lead, cueBefore: true };
}
