/**
 * A verb of saying after a modal of the future or of possibility reports nothing yet: "The minister will say on
 * Monday that …", "Critics may argue that …", "Officials could announce that …". "would" stays a cue (the
 * narrative past "would later say", the reported "would only say it is …"), and so does "can" ("Police can confirm
 * that a man was arrested" is said now).
 */
import type { Doc } from '../doc';
import { beforeAdverbs } from './negation';

const MODALS = new Set(['will', 'shall', 'may', 'might', 'could', 'should', 'must', "'ll", '’ll']);

/** Whether the base-form cue at token `i` follows a modal (adverbs between: "will also say"). */
export function afterModal(doc: Doc, i: number): boolean {
  const k = beforeAdverbs(doc, i);
  return k >= 0 && MODALS.has(doc.tokens.lower[k]) && doc.tokens.sent[k] === doc.tokens.sent[i];
}
