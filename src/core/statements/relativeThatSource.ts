/** A relative "that"/"which" after a document or its issuer speaks for them (from subject.ts). */
import type { Doc } from '../doc';
import { phraseEndingAt, type Phrase } from '../mentions/np';
import { documentBeforeParticiple } from './postposedParticiple';
import { issuerOfDocumentBefore } from './issuedDocument';
import { documentAfterOf } from './participleObject';
import { DOCUMENT_NOUNS } from '../mentions/documentNouns';
import { withoutTrailingDate } from './trailingDate';

/**
 * The source of a cue after the relative "that"/"which" at token `k`: "a BBC report released on Wednesday that
 * claimed …" (a document's participle), the issuer of a document, or the phrase before a non-restrictive "which".
 */
export function relativeThatSource(doc: Doc, k: number, floor: number): Phrase | null {
  const document = documentBeforeParticiple(doc, k, floor);
  if (document) return document;
  const issuer = issuerOfDocumentBefore(doc, k, floor);
  if (issuer) return issuer;
  // "Article 10 of the Declaration, which states "…"": a non-restrictive "which" speaks for the phrase before it.
  if (doc.tokens.lower[k] !== 'which' || doc.tokens.lower[k - 1] !== ',') return null;
  const before = phraseEndingAt(doc, k - 2, floor);
  const phrase = before ? withoutTrailingDate(doc, before) : null;
  // "Following Monday’s leak of the audit, which concluded that …": the document after "of" concludes, not the
  // act of releasing it (a lowercase noun that is no document itself).
  const inner = phrase ? documentAfterOf(doc, phrase) : null;
  const act = inner ? inner.first - 2 : -1;
  return inner && doc.tokens.cap[act] !== 1 && !DOCUMENT_NOUNS.has(doc.tokens.lower[act]) ? inner : phrase;
}
