/**
 * A cue inside an indirect statement's content whose subject names no possible source: `Ann Ruiz said the
 * strikes underlined "a deep crisis" in the sector` — the strikes underline nothing; the quoted words are Ruiz's,
 * the cue of the content clause ("said") and its subject speak for the quotation (mentions/speechless.ts).
 * Returns the quotation's draft with the outer cue and source, or null.
 */
import type { Doc } from '../doc';
import type { Draft } from './drafts';
import { namesNoSource } from '../mentions/speechless';

export function outerSourceOfInnerCue(doc: Doc, outer: Draft, quote: Draft): Draft | null {
  if (outer.kind !== 'indirect' || quote.kind === 'indirect' || !quote.quote || !quote.cue || !quote.phrase || !outer.cue || !outer.phrase) return null;
  const subjectStart = doc.tokens.start[quote.phrase.first];
  // The inner cue and its subject both lie inside the outer content, before the quotation.
  if (subjectStart < outer.start || quote.cue.start >= quote.quote.open.start || quote.cue.start < outer.start) return null;
  return namesNoSource(doc, quote.phrase) ? { ...quote, cue: outer.cue, phrase: outer.phrase, apposition: outer.apposition } : null;
}
