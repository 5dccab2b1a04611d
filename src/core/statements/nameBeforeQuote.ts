/**
 * `Residents doubt the plan, among them retired teacher Ann Moss, "It will not bring the jobs back."`: a
 * quotation with no cue that follows a person's name and its comma, and closes the sentence, is that person's
 * (the sentence names who is quoted; no verb of saying is written). The quotation must read as speech (a
 * sentence, not a label) and the name be a proper name, not a description.
 */
import type { Doc } from '../doc';
import type { QuoteSpan } from '../quotes/span';
import { describe } from '../mentions/describe';
import { phraseEndingAt, type Phrase } from '../mentions/np';
import { readsAsSpeech } from '../quotes/roles';

/** Prepositions of place, medium or hearer before a name ("such as", "among them" stay). */
const ADJUNCT_PREPOSITIONS = new Set(['on', 'in', 'at', 'to', 'via', 'through', 'from', 'with', 'for', 'by', 'into', 'onto', 'of']);

export function nameBeforeQuote(doc: Doc, q: QuoteSpan): Phrase | null {
  const { lower, cap, sent, para } = doc.tokens;
  const comma = q.openTok - 1;
  if (lower[comma] !== ',' || q.closeTok === null || !readsAsSpeech(q)) return null;
  // The quotation closes its sentence (or paragraph).
  const after = q.closeTok + 1;
  if (after < doc.tokens.length && para[after] === q.para && sent[after] === sent[q.closeTok] && !/^[.!?]$/.test(lower[after])) return null;
  const phrase = phraseEndingAt(doc, comma - 1, doc.sentStart[comma]);
  // Not `responded on Facebook, "…"`: a name after a preposition is a place or a medium, not who is quoted.
  if (!phrase || cap[phrase.last] !== 1 || ADJUNCT_PREPOSITIONS.has(lower[phrase.first - 1] ?? '')) return null;
  return describe(doc, phrase).name !== null ? phrase : null;
}
