/**
 * A law's or a bill's own wording in quotation marks: "Russia's Interior Ministry confirmed the police will
 * enforce the law banning "propaganda of nontraditional sexual relations"", "The law prohibits "the unauthorized
 * use of images of police officers …"", "H.R.1424, a bill originating in the House concerning "equity in …"".
 * The words are the document's text, a term, not the words of whoever reports on it (the annotators: "wording of
 * the law quoted"). The quotation opens in lower case after a regulating verb or a subject-matter preposition
 * whose document noun stands a few words before it (data/documentWording.json).
 */
import type { Doc } from '../doc';
import type { QuoteSpan } from './span';
import wording from '../data/documentWording.json';

const NOUNS: ReadonlySet<string> = new Set(wording.nouns);
const VERBS: ReadonlySet<string> = new Set(wording.verbs);
/** Words between the document noun and the verb ("a bill originating in the House concerning"). */
const MAX_GAP = 6;

export function isDocumentWording(doc: Doc, q: QuoteSpan): boolean {
  const { lower, para, sent } = doc.tokens;
  const verb = q.openTok - 1;
  if (verb < 1 || para[verb] !== q.para || !VERBS.has(lower[verb]) || !/^\P{L}{0,3}\p{Ll}/u.test(q.text)) return false;
  for (let k = verb - 1; k >= 0 && k >= verb - MAX_GAP && sent[k] === sent[verb]; k--) {
    if (NOUNS.has(lower[k])) return true;
  }
  return false;
}
