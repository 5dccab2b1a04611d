/**
 * A participle cue after an object speaks for the clause's subject: in "O'Brien replied to Boylan saying
 * "…"" Boylan is the hearer, and in "The party released a statement boycotting the contest saying "…"" the
 * contest is what is boycotted; the speaker is the subject of "replied" / "released". A phrase after a verb
 * or a preposition is such an object. "with" is the exception ("…, with officials saying the toll may rise":
 * the officials speak), and so is an author after "from" or "by" ("forwarded a story from The Onion saying
 * …"), unless that is itself a document ("accompanied by a message telling readers …": the clause's subject
 * wrote the message) that names no author of its own ("followed by a Jakarta Globe editorial declaring …");
 * so is such a document after "with".
 */
import type { Doc } from '../doc';
import type { Phrase } from '../mentions/np';
import { DOCUMENT_NOUNS, EXPRESSION_NOUNS } from '../mentions/documentNouns';
import { WORD } from '../text/tokenTable';
import verbs from '../data/verbs.json';
import { QUOTING_VERBS } from '../cues/participles';

const AUTHOR_MARKS = new Set(['from', 'by']);
// "all they get is a message stating "…"": a predicate noun after a copula is no object of the subject's act; it speaks.
const OWN_SUBJECT = new Set(['with', 'without', 'and', 'or', 'but', 'as', 'is', 'was', 'are', 'were']);
/** Verbs of receiving: their object was sent by someone else ("received a letter saying …"). */
const RECEIVING = new Set(['receive', 'receives', 'received', 'receiving', 'get', 'gets', 'got']);
export const PERCEPTION: ReadonlySet<string> = new Set(verbs.perception);

export function isObjectBeforeParticiple(doc: Doc, phrase: Phrase, floor: number): boolean {
  const { lower, kind, cap } = doc.tokens;
  const before = phrase.first - 1;
  if (lower[before] === 'with' && writtenBySubject(doc, phrase)) return true;
  // "The paper quoted the mayor saying "…"": the one quoted speaks; "The mayor defended the plan, quoted by
  // Reuters saying "…"": the quoter only reports, and the clause's subject speaks.
  if (QUOTING_VERBS.has(lower[before])) return false;
  // "Police received 911 calls saying shots were fired": what one receives was sent by another; it speaks.
  if (RECEIVING.has(lower[before]) || (RECEIVING.has(lower[before - 1]) && /^\d/.test(lower[before]))) return false;
  if (AUTHOR_MARKS.has(lower[before]) && QUOTING_VERBS.has(lower[before - 1])) return true;
  // "from praise to Lina Marsh's remarks calling the drought "…"": a text that names its author is the
  // participle's subject, so it speaks (documentAuthors.ts then takes its author).
  // "Burns dismissed Larijani's remarks calling them outrageous": a pronoun object of the participle takes up
  // the text, which then cannot be its subject; the clause's subject speaks.
  const textIsObject = lower[phrase.last + 2] === 'them' || lower[phrase.last + 2] === 'it';
  if ((EXPRESSION_NOUNS.has(lower[phrase.last]) || DOCUMENT_NOUNS.has(lower[phrase.last])) && !textIsObject) { if (namesItsAuthor(doc, phrase)) return false; }
  // "A video shows the minister saying "…"", "Witnesses heard him shouting …": the one seen or heard speaks.
  if (before < floor || kind[before] !== WORD || cap[before] === 1 || OWN_SUBJECT.has(lower[before]) || PERCEPTION.has(lower[before])) return false;
  for (let k = phrase.first; k <= phrase.last; k++) if (AUTHOR_MARKS.has(lower[k])) return false;
  if (lower[before] === 'of' && DOCUMENT_NOUNS.has(lower[phrase.last])) return false;
  return !AUTHOR_MARKS.has(lower[before]) || (DOCUMENT_NOUNS.has(lower[phrase.last]) && !namesItsAuthor(doc, phrase));
}

/**
 * "Fans replied with posts calling the ruling "a farce"": after "with", a document naming no author is the
 * subject's own, so the subject speaks ("with officials saying …" keeps its own speakers).
 */
export function writtenBySubject(doc: Doc, phrase: Phrase): boolean {
  return DOCUMENT_NOUNS.has(doc.tokens.lower[phrase.last]) && !namesItsAuthor(doc, phrase);
}

/** "followed by a Jakarta Globe editorial declaring …": a document whose author it names speaks for itself. */
function namesItsAuthor(doc: Doc, phrase: Phrase): boolean {
  for (let k = phrase.first; k < phrase.last; k++) if (doc.tokens.cap[k] === 1 && doc.tokens.kind[k] === WORD) return true;
  return false;
}

/**
 * "since the publication of a report rejecting the claim": a document after "of" closing the phrase before
 * a participle is the participle's subject, so the source is the document ("a report"), else null.
 */
export function documentAfterOf(doc: Doc, phrase: Phrase): Phrase | null {
  const lower = doc.tokens.lower;
  if (!DOCUMENT_NOUNS.has(lower[phrase.last])) return null;
  for (let k = phrase.last - 1; k > phrase.first && k >= phrase.last - 3; k--) if (lower[k] === 'of') return { first: k + 1, last: phrase.last };
  return null;
}
