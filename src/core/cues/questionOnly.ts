/**
 * Verbs that report speech only before the question they put (cues.json questionOnly): "Nora Ek questioned
 * whether the data was reliable", "Lawyers queried why the files were missing". Before a noun they are acts of
 * police or doubt, not statements: "Police questioned two men", "She questioned the decision".
 */
import type { Doc } from '../doc';
import data from '../data/cues.json';

export const QUESTION_ONLY: ReadonlySet<string> = new Set(data.questionOnly);
const QUESTION_OPENERS = new Set(['whether', 'if', 'why', 'how', 'what', 'when', 'where', 'who', 'which']);

/** Whether a reported question opens right after the verb at token `i`. */
export function questionFollows(doc: Doc, i: number): boolean {
  return QUESTION_OPENERS.has(doc.tokens.lower[i + 1] ?? '') && doc.tokens.sent[i + 1] === doc.tokens.sent[i];
}
