/**
 * A document stands for its author: in "A statement from the White House said the talks would resume" the
 * source is the White House, and in "A statement by the ministry was posted online. It said "…"" the "It"
 * is the ministry's statement, so the ministry speaks. A document noun (statement, letter, e-mail …) right
 * after a determiner, followed by "by"/"from" (maybe after a participle: "e-mails sent by her family"), gives
 * way to the phrase after the preposition; so do a possessor ("the ministry's figures" → the ministry) and a
 * name before a published document ("A Reuters report said" → Reuters), and "the statement" after "X issued a
 * statement" is X's (documentIssuer.ts, with parts of documents and accounts).
 */
import type { Doc } from '../doc';
import type { Mention } from '../mentions';
import type { Phrase } from '../mentions/np';
import { DOCUMENT_NOUNS, EXPRESSION_NOUNS } from '../mentions/documentNouns';
import { isStopWord, POSSESSIVE_PRONOUNS } from '../mentions/lexicon';
import { WORD } from '../text/tokenTable';
import { issuerOfDocument, OWNED, ownerOfAccount } from './documentIssuer';

/** Participles naming the author's act; not "seen by" or "obtained by" (a reader, not the author). */
const AUTHORING = /^(?:sent|issued|released|published|posted|written|signed|made|given|delivered|tweeted|e-mailed|emailed|filed|prepared|drafted|expressed|voiced|raised)$/;
const AUTHOR_MARKS = new Set(['by', 'from']);
const LEADS = new Set(['a', 'an', 'the', 'this', 'that', 'its', 'their', 'his', 'her', 'one', 'joint', 'written', 'brief', 'short', 'new', 'later', 'official', 'separate', 'press']);

const authored = (word: string) => DOCUMENT_NOUNS.has(word) || EXPRESSION_NOUNS.has(word);

/** A lowercase modifier right before an authored noun ("the private fears expressed by …"). */
function modifiesAuthored(doc: Doc, k: number): boolean {
  const { lower, cap, kind } = doc.tokens;
  return kind[k] === WORD && cap[k] !== 1 && !isStopWord(lower[k]) && authored(lower[k + 1]);
}

/** A capitalised word or a number inside a document's title ("the 2010 Global Trends report"). */
function titleWord(doc: Doc, k: number): boolean {
  return doc.tokens.kind[k] === WORD && (doc.tokens.cap[k] === 1 || /^\d{4}$/.test(doc.tokens.lower[k]));
}

/** The token after "by"/"from" when tokens [first, …] read "a (joint) statement (issued) by", else -1. */
function authorStart(doc: Doc, first: number, limit: number): number {
  const lower = doc.tokens.lower;
  let k = first;
  while (k < first + 3 && k < limit && (LEADS.has(lower[k]) || modifiesAuthored(doc, k))) k++;
  // "the 2010 Global Trends report by the UNHCR": a year and a capitalised title after the determiner.
  if (k > first) while (k < first + 6 && k < limit && !authored(lower[k]) && titleWord(doc, k)) k++;
  if (!authored(lower[k])) return -1;
  k++;
  // "e-mails sent by her family", "a statement issued by the ministry".
  if (AUTHORING.test(lower[k] ?? '') && AUTHOR_MARKS.has(lower[k + 1])) k++;
  return AUTHOR_MARKS.has(lower[k]) && k + 1 <= limit ? k + 1 : -1;
}

/** Prepositions that open an adjunct after the source ("… in a statement"): a possessor before one owns no document. */
const ADJUNCT_MARKS = new Set(['in', 'on', 'at', 'with', 'via', 'through', 'during']);

/** Nouns for what a source publishes besides documents: "the ministry's figures", "the agency's website". */
const OUTPUTS = new Set(['figures', 'data', 'statistics', 'estimates', 'estimate', 'count', 'tally', 'website', 'account', 'records', 'survey', 'study', 'findings']);

/**
 * "the ministry's figures" / "The company's annual report" / "the envoy's remarks": the possessor, when the
 * possessed is its output or what it said.
 */
function possessor(doc: Doc, p: Phrase): Phrase | null {
  const lower = doc.tokens.lower;
  const last = lower[p.last];
  if (!authored(last) && !OUTPUTS.has(last)) return null;
  for (let j = p.last - 1; j > p.first && j >= p.last - 4; j--) {
    // "the prime minister's office in a statement": the possessor owns the office, not the statement.
    if (ADJUNCT_MARKS.has(lower[j])) return null;
    if (lower[j] === "'s" || lower[j] === '’s') return { first: p.first, last: j - 1 };
    // "Pellow Foods' annual report": the apostrophe of a plural possessive, attached to the word before.
    if ((lower[j] === "'" || lower[j] === '’') && lower[j - 1].endsWith('s') && doc.tokens.start[j] === doc.tokens.end[j - 1]) return { first: p.first, last: j - 1 };
  }
  return null;
}

/** What an organisation publishes in its own name; not "a Facebook post" or "an Internet posting" (a platform). */
const PUBLISHED = new Set(['report', 'reports', 'article', 'editorial', 'bulletin', 'statement', 'statements', 'communique', 'communiqué', 'announcement', 'release']);

/** "A Reuters report", "The Onion article": a name right before the document noun is its author. */
function namedAuthor(doc: Doc, p: Phrase): Phrase | null {
  const { lower, cap } = doc.tokens;
  if (!PUBLISHED.has(lower[p.last])) return null;
  let first = p.first;
  while (first < p.last && LEADS.has(lower[first]) && cap[first + 1] === 1) first++;
  // After a determiner only: a sentence-initial capital names no one ("Recent reports").
  if (first === p.first || first >= p.last || LEADS.has(lower[first])) return null;
  for (let k = first; k < p.last; k++) if (cap[k] !== 1) return null;
  return { first: p.first, last: p.last - 1 };
}

/** "his remarks (in the interview)", "their comments": a possessive pronoun before what was said is its speaker. */
function pronounPossessor(doc: Doc, p: Phrase): Phrase | null {
  const lower = doc.tokens.lower;
  if (!POSSESSIVE_PRONOUNS.has(lower[p.first])) return null;
  let k = p.first + 1;
  if (k < p.last && modifiesAuthored(doc, k)) k++;
  if (k <= p.last && authored(lower[k])) return { first: p.first, last: p.first };
  // "his Twitter account", "her blog": what the pronoun's owner runs in their own name (documentIssuer.ts).
  while (k < p.last && k <= p.first + 2 && doc.tokens.cap[k] === 1) k++;
  return k === p.last && OWNED.has(lower[k]) ? { first: p.first, last: p.first } : null;
}

/** The author inside a source phrase ("A statement from the White House" → "the White House"), else the phrase. */
export function authorPhrase(doc: Doc, p: Phrase): Phrase {
  p = withoutActAdjunct(doc, p);
  const k = authorStart(doc, p.first, p.last);
  return k >= 0 ? { first: k, last: p.last } : pronounPossessor(doc, p) ?? possessor(doc, p) ?? namedAuthor(doc, p) ?? issuerOfDocument(doc, p) ?? ownerOfAccount(doc, p) ?? p;
}

/**
 * `said the prime minister's office in a statement`: "in" or "on" and a document after the source say how it
 * spoke, not who; the source ends before them.
 */
function withoutActAdjunct(doc: Doc, p: Phrase): Phrase {
  const lower = doc.tokens.lower;
  if (p.last - p.first < 3 || !authored(lower[p.last])) return p;
  for (let j = p.last - 1; j > p.first && j >= p.last - 3; j--) {
    if (ADJUNCT_MARKS.has(lower[j])) return j - 1 > p.first ? { first: p.first, last: j - 1 } : p;
    if (!LEADS.has(lower[j]) && !modifiesAuthored(doc, j)) return p;
  }
  return p;
}

/**
 * Mentions with each document mention replaced by its author's ("A statement" + "the ministry" → "the
 * ministry", no longer oblique), so a later "It said" reaches the author.
 */
export function creditAuthors(doc: Doc, mentions: readonly Mention[]): Mention[] {
  const out: Mention[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    const next = mentions[i + 1];
    if (next && !m.info.name && !m.info.pronoun && authorStart(doc, m.first, next.first) === next.first && next.first <= m.last + 3) {
      out.push({ ...next, oblique: false });
      i++;
      continue;
    }
    out.push(m);
  }
  return out;
}
