/**
 * A quotation right after its cue (nothing but a comma or colon between) belongs to that cue, even when a
 * source and a cue follow it: in `When a man in the crowd shouted, "Cruz," Beck joked, "Amen!"` the man
 * shouted "Cruz" and Beck's cue takes the next quotation; in `a clip that Judge Ann Stone called
 * "distasteful," Lee expressed a wish to …` the judge's word is no part of Lee's sentence. Not "according to
 * X, "…"," the report said (a medium names no words of its own), nor a leading participle (`Saying "he had a
 * gun to his head," he told them …`: its subject is the main clause's, after the quotation), nor a cue inside a
 * relative clause (`Nothing the mayor said "will ease their fears," the senator said.`).
 */
import type { Doc } from '../doc';
import type { QuoteSpan } from '../quotes/span';
import type { QuoteAttribution } from './attribution';
import type { CueIndex } from './cueIndex';

/** Whether only commas and colons stand between token `from` (exclusive) and `to` (exclusive). */
function onlyCommas(doc: Doc, from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) if (doc.tokens.lower[k] !== ',' && doc.tokens.lower[k] !== ':') return false;
  return true;
}

/** The before-attribution (`before`, asked only when a cue stands right before the quotation) if it wins. */
export function cueRightBefore(doc: Doc, q: QuoteSpan, index: CueIndex, before: () => QuoteAttribution | null): QuoteAttribution | null {
  // A binary search first: the before-attribution, which reads back through the paragraph, runs only here.
  const near = index.lastBefore(q.openTok, doc.sentStart[q.openTok]);
  if (!near || near.kind === 'according' || near.inflection === 'ing' || !onlyCommas(doc, near.lastTok, q.openTok)) return null;
  const att = before();
  const cue = att?.cue;
  if (!att || cue !== near || !att.cueBefore || att.fromPreviousSentence || att.phrase === null) return null;
  // `Nothing the mayor said "will ease their fears," the senator said.`: a cue in a relative clause without its
  // pronoun, after an indefinite pronoun, names what the quotation is about, not who spoke it.
  return RELATIVE_HEADS.has(doc.tokens.lower[att.phrase.first - 1] ?? '') ? null : att;
}

/** Indefinite pronouns heading a relative clause without its pronoun ("nothing he said", "all she wrote"). */
const RELATIVE_HEADS = new Set(['nothing', 'everything', 'something', 'anything', 'all', 'little', 'much']);
