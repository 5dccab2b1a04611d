/**
 * A relative clause on a document its subject issued: "The ministry released a statement on Monday that
 * urged calm", "The union issued a letter which warned …". The statement speaks for its issuer, so the
 * relative's cue takes the subject of the issuing verb.
 */
import type { Doc } from '../doc';
import { phraseEndingAt, type Phrase } from '../mentions/np';
import { SUBJECT_PRONOUNS } from '../mentions/lexicon';
import { DOCUMENT_NOUNS } from '../mentions/documentNouns';
import { timeAdjunctEndingAt } from './timeBeforeCue';
import { clauseSubject } from './clauseSubject';

const ISSUING_VERBS = new Set(['released', 'issued', 'published', 'posted', 'sent', 'circulated', 'distributed', 'releases', 'issues', 'publishes', 'posts', 'sends']);

/** The issuer of the document before the relative pronoun at `relative`, or null. */
export function issuerOfDocumentBefore(doc: Doc, relative: number, floor: number): Phrase | null {
  const lower = doc.tokens.lower;
  const time = timeAdjunctEndingAt(doc, relative - 1, floor);
  const end = time > floor ? time - 1 : relative - 1;
  const document = phraseEndingAt(doc, end, floor);
  if (!document || !DOCUMENT_NOUNS.has(lower[document.last])) return null;
  // "The coalition distributed leaflets which read …": a bare plural document is read with the words before
  // it as one phrase (a participle modifying it); the issuing verb is then the word before the plural noun.
  const bare = end === document.last && end > document.first && ISSUING_VERBS.has(lower[end - 1]);
  const verb = bare ? end - 1 : document.first - 1;
  if (verb <= floor || !ISSUING_VERBS.has(lower[verb])) return null;
  if (SUBJECT_PRONOUNS.has(lower[verb - 1])) return { first: verb - 1, last: verb - 1 };
  const subject = clauseSubject(doc, verb);
  return subject && subject.last < verb ? subject : null;
}
