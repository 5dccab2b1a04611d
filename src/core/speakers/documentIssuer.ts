/**
 * A document named again, or a part of it, speaks for whoever issued it a few sentences before:
 * "Maria Delgado released a note condemning the plan. "…," says an excerpt." is Maria Delgado's;
 * "Dr. Anwen Pryce wrote a memo to staff. "…," the memo said." is Anwen Pryce's; and when the document was
 * introduced with its author ("Tom Reed read a report by the Ombudsman. "…," the report said.") the author
 * after "by"/"from" speaks, not the reader. Also "the official account of the Blue Lanterns" → the Blue
 * Lanterns: an account, website or page, or a statement, letter or report, belongs to the name after "of".
 */
import type { Doc } from '../doc';
import { phraseEndingAt, phraseStartingAt, type Phrase } from '../mentions/np';
import { VERB_FORMS } from '../cues/lexicon';
import { DOCUMENT_NOUNS } from '../mentions/documentNouns';
import { clauseSubject } from '../statements/clauseSubject';

/** Nouns for a part of a document: the part speaks for the document's issuer ("says an excerpt"). */
const PART_NOUNS = new Set(['excerpt', 'extract', 'passage', 'section', 'paragraph']);

/** Verbs of putting out a document; "read" as read out ("The minister read a statement"). */
const ISSUED = new Set(['issued', 'provided', 'released', 'published', 'sent', 'posted', 'put', 'gave', 'made', 'read', 'passed', 'adopted', 'tabled', 'wrote', 'written', 'distributed', 'circulated', 'handed', 'delivered', 'filed', 'signed', 'drafted']);

/** Determiners of a document named again or of a part of it. */
const AGAIN = new Set(['the', 'that', 'this', 'a', 'an', 'one']);

/** How far back (tokens) the issuing of the document is looked for: a few sentences, bounded per source. */
const LOOK_BACK = 80;

/** "leaflets" and "leaflet", "memo" and "memos": the same document noun in either number. */
function sameNoun(a: string, b: string): boolean {
  return a === b || a + 's' === b || b + 's' === a;
}

/**
 * The issuer of the document the two-word phrase `p` names again ("the memo", "the flyers", "an excerpt"),
 * or null. A document noun needs "the"/"that"/"this" and the same noun issued before; a part noun takes
 * any document issued before.
 */
export function issuerOfDocument(doc: Doc, p: Phrase): Phrase | null {
  const lower = doc.tokens.lower;
  if (p.last !== p.first + 1 || !AGAIN.has(lower[p.first])) return null;
  const noun = lower[p.last];
  const part = PART_NOUNS.has(noun);
  if (!part && !(DOCUMENT_NOUNS.has(noun) && /^(?:the|that|this)$/.test(lower[p.first]))) return null;
  for (let k = p.first - 1; k >= 0 && k >= p.first - LOOK_BACK; k--) {
    if (!(part ? DOCUMENT_NOUNS.has(lower[k]) : sameNoun(lower[k], noun))) continue;
    // "a report by the Ombudsman": the author named with the document.
    if ((lower[k + 1] === 'by' || lower[k + 1] === 'from') && k + 2 < p.first) {
      const author = phraseStartingAt(doc, k + 2);
      if (author) return untilAs(doc, author);
    }
    for (let v = k - 1; v >= k - 3 && v >= 0; v--) {
      // "provided a written statement": "written" after a determiner describes the document; the verb is before it.
      if (!ISSUED.has(lower[v]) || AGAIN.has(lower[v - 1])) continue;
      return contentSubject(doc, v) ?? clauseSubject(doc, v);
    }
  }
  return null;
}

/**
 * "The Times said Cook provided a written statement": the issuing verb inside a reported clause has that
 * clause's subject, right before it after the cue or "that", not the reporting sentence's.
 */
function contentSubject(doc: Doc, v: number): Phrase | null {
  const lower = doc.tokens.lower;
  const near = phraseEndingAt(doc, v - 1, Math.max(0, v - 8));
  if (!near) return null;
  const before = lower[near.first - 1] ?? '';
  return before === 'that' || VERB_FORMS.get(before)?.frames.has('clause') ? near : null;
}

/** "an article from the website The Onion as fact": the author's phrase ends before "as". */
function untilAs(doc: Doc, p: Phrase): Phrase {
  for (let k = p.first + 1; k <= p.last; k++) if (doc.tokens.lower[k] === 'as') return { first: p.first, last: k - 1 };
  return p;
}

/** What a source runs in its own name (its account, website or page) or issues (its statement, letter, report). */
export const OWNED: ReadonlySet<string> = new Set(['account', 'handle', 'website', 'site', 'page', 'profile', 'feed', 'channel', 'blog', 'statement', 'letter', 'report', 'communique', 'communiqué', 'announcement', 'message']);

/**
 * "The official account of the Blue Lanterns", "the website of the Kelby Rowing Club": the name after "of"
 * (capitalised, maybe after "the") owns the account and speaks through it. Not "an account of the battle".
 */
export function ownerOfAccount(doc: Doc, p: Phrase): Phrase | null {
  const { lower, cap } = doc.tokens;
  // "The official twitter handle of The Cranberries posted": a noun that is also a verb ("handle", "feed")
  // ended the phrase before it.
  if (OWNED.has(lower[p.last + 1]) && lower[p.last + 2] === 'of' && doc.tokens.sent[p.last + 2] === doc.tokens.sent[p.last]) {
    const owner = phraseStartingAt(doc, p.last + 3);
    if (owner && cap[owner.last] === 1) return owner;
  }
  for (let k = p.first + 1; k < p.last - 1 && k <= p.first + 4; k++) {
    if (lower[k] !== 'of' || !OWNED.has(lower[k - 1])) continue;
    const name = lower[k + 1] === 'the' ? k + 2 : k + 1;
    return name <= p.last && cap[name] === 1 ? { first: k + 1, last: p.last } : null;
  }
  return null;
}
