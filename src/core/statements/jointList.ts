/**
 * "Ana Ruiz, Paul Grant and Tom Baird said …" · "Ana Ruiz, Paul Grant, and Tom Baird said …": the subject
 * finder stops at the comma before the last members; the whole list, from the clause's subject on, speaks
 * (mentions/jointPhrases.ts listParts splits it into its members).
 */
import type { Doc } from '../doc';
import type { Phrase } from '../mentions/np';
import { listParts } from '../mentions/jointPhrases';
import { clauseSubject } from './clauseSubject';

/** How far before the source the list may start (tokens). */
const REACH = 24;

export function jointList(doc: Doc, source: Phrase, floor: number): Phrase | null {
  const lower = doc.tokens.lower;
  const before = lower[source.first - 1];
  if (before !== ',' && !(before === 'and' && lower[source.first - 2] === ',')) return null;
  const subject = clauseSubject(doc, source.first);
  if (!subject || subject.first < floor || subject.first >= source.first || source.first - subject.first > REACH) return null;
  const list = { first: subject.first, last: source.last };
  return listParts(doc, list).length ? list : null;
}
