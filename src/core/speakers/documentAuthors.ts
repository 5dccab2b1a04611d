/**
 * A document stands for its author: in "A statement from the White House said the talks would resume" the
 * source is the White House, and in "A statement by the ministry was posted online. It said "…"" the "It"
 * is the ministry's statement, so the ministry speaks. A document noun (statement, letter, e-mail …) right
 * after a determiner, followed by "by"/"from" (maybe after a participle: "e-mails sent by her family"), gives
 * way to the phrase after the preposition.
 */
import type { Doc } from '../doc';
import type { Mention } from '../mentions';
import type { Phrase } from '../mentions/np';

const DOCUMENTS = new Set(['statement', 'statements', 'letter', 'letters', 'message', 'messages', 'e-mail', 'e-mails', 'email', 'emails', 'memo', 'note', 'release', 'communique', 'communiqué', 'announcement', 'notice', 'bulletin', 'tweet', 'tweets', 'post', 'posting', 'editorial', 'report']);
const AUTHOR_MARKS = new Set(['by', 'from']);
const LEADS = new Set(['a', 'an', 'the', 'this', 'that', 'its', 'their', 'his', 'her', 'joint', 'written', 'brief', 'short', 'new', 'later', 'official', 'separate', 'press']);

/** The token after "by"/"from" when tokens [first, …] read "a (joint) statement (issued) by", else -1. */
function authorStart(doc: Doc, first: number, limit: number): number {
  const lower = doc.tokens.lower;
  let k = first;
  while (k < first + 3 && k < limit && LEADS.has(lower[k])) k++;
  if (!DOCUMENTS.has(lower[k])) return -1;
  k++;
  // "e-mails sent by her family", "a statement issued by the ministry".
  if (/^(?:[a-z]+ed|sent|written|made|given|seen)$/.test(lower[k] ?? '') && AUTHOR_MARKS.has(lower[k + 1])) k++;
  return AUTHOR_MARKS.has(lower[k]) && k + 1 <= limit ? k + 1 : -1;
}

/** The author inside a source phrase ("A statement from the White House" → "the White House"), else the phrase. */
export function authorPhrase(doc: Doc, p: Phrase): Phrase {
  const k = authorStart(doc, p.first, p.last);
  return k >= 0 ? { first: k, last: p.last } : p;
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
