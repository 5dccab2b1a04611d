/**
 * The quotation marks of a document, in order, each with its family and shape (marks.ts), for the pairing pass
 * (find.ts). Marks delimiting a markup attribute value are no quotation marks: in
 * `<embed id="6721" date="2015-12-02">` a mark right after "=" opens a value that the same glyph closes within
 * a few tokens of the paragraph, and both are skipped.
 */
import type { Doc } from '../doc';
import { QUOTE } from '../text/tokenTable';
import { classifyMark, familyOf, type Mark } from './marks';

/** Every quotation mark of the document outside markup attribute values. */
export function marksOf(doc: Doc): Mark[] {
  const marks: Mark[] = [];
  const { kind, lower, start } = doc.tokens;
  /** The glyph closing a markup attribute value, while inside one. */
  let attribute: string | null = null;
  for (let tok = 0; tok < doc.tokens.length; tok++) {
    if (kind[tok] !== QUOTE) continue;
    // `<embed id="6721" date="2015-12-02">`: a mark right after "=" delimits an attribute value, with its
    // closer (the same glyph, same paragraph); neither is a quotation mark.
    if (attribute !== null) {
      if (lower[tok] === attribute) attribute = null;
      continue;
    }
    if (doc.text[start[tok] - 1] === '=' && attributeCloses(doc, tok)) { attribute = lower[tok]; continue; }
    const family = familyOf(lower[tok]);
    if (family) marks.push({ tok, start: start[tok], family, shape: classifyMark(doc.text, start[tok], family) });
  }
  return marks;
}

/** Whether the same glyph closes the value within a few tokens of the paragraph. */
function attributeCloses(doc: Doc, open: number): boolean {
  const { kind, lower, para } = doc.tokens;
  for (let k = open + 1; k < doc.tokens.length && k <= open + MAX_ATTRIBUTE_TOKENS && para[k] === para[open]; k++) if (kind[k] === QUOTE) return lower[k] === lower[open];
  return false;
}

/** At most this many tokens inside a markup attribute value (`id="672138506081275904"`, `author="@name"`). */
const MAX_ATTRIBUTE_TOKENS = 12;
