/**
 * A reported clause coordinated with a second one that carries a quotation: "Mubarak said he would not
 * return to politics and he had left office in "the interest of the country"". The first conjunct is an
 * indirect statement of its own (the quotation is the mixed one), and it ends before "and he …" (or "and
 * the …", "and President …": a subject of its own).
 */
import type { Doc } from '../doc';
import { isClause } from './clause';
import { PUNCT } from '../text/tokenTable';

const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'it']);
/** Determiners that may open the second conjunct's subject ("and the plan was "a disaster""). */
const SUBJECT_DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'this', 'these', 'those']);
const MIN_CONJUNCT = 4;

/**
 * The token of "and"/"but" opening a new clause with a subject of its own between `first` and `open`, or -1:
 * a pronoun ("and he had left office in "…""), a determiner or a name ("said the rally was planned on Friday
 * and the president's visit presented "…"", "…, and President Lena Ruiz "is making scapegoats …"").
 */
export function conjunctBefore(doc: Doc, first: number, open: number): number {
  const { lower, cap } = doc.tokens;
  const quoted = quotedConjunct(doc, first, open);
  if (quoted >= 0) return quoted;
  for (let k = open - 2; k >= first + MIN_CONJUNCT; k--) {
    const subject = SUBJECT_PRONOUNS.has(lower[k + 1]) || SUBJECT_DETERMINERS.has(lower[k + 1]) || cap[k + 1] === 1;
    if ((lower[k] === 'and' || lower[k] === 'but') && subject && !pairedNouns(doc, k)) {
      const last = lower[k - 1] === ',' ? k - 2 : k - 1;
      return isClause(doc, first, last) ? k : -1;
    }
  }
  return -1;
}

/** Words that pair two nouns with "and" ("between Cruz and Trump", "both Ruiz and Lee"). */
const PAIR_OPENERS = new Set(['between', 'both']);
/** Words a name after "between"/"both" may hold before the "and" ("between Sen. Ann Ruiz and …"). */
const MAX_PAIR_WORDS = 4;

/**
 * "said the campaign will highlight contrasts between Cruz and Trump to illustrate …": an "and" with no comma
 * before it, a few words after "between" or "both", joins two nouns, not two clauses.
 */
function pairedNouns(doc: Doc, and: number): boolean {
  const { lower, sent } = doc.tokens;
  if (lower[and] !== 'and' || lower[and - 1] === ',') return false;
  for (let k = and - 2; k >= 0 && k >= and - 1 - MAX_PAIR_WORDS && sent[k] === sent[and]; k--) {
    if (PAIR_OPENERS.has(lower[k])) return true;
    if (lower[k] === ',') return false;
  }
  return false;
}

/** Prepositions that may stand between the "and" and a quoted conjunct ("and for "publishing …""). */
const CONJUNCT_PREPOSITIONS = new Set(['for', 'to', 'of', 'with', 'by', 'in', 'on', 'as']);

/**
 * "The minister said the plan was delayed by the strike, but would engage the unions and "open the books to
 * everyone"." · "said they would charge him with fraud, for moving funds abroad, and for "hiding the
 * accounts"" · "said the city rejects violence and that "if the gangs …"": the quotation opens the last conjunct, so the reported clause before the "and" is an indirect
 * statement of its own. Returns the "and"/"or" token, or -1.
 */
function quotedConjunct(doc: Doc, first: number, open: number): number {
  const lower = doc.tokens.lower;
  // "said the country rejects violence and that "if the group …"": a that-clause coordinated in quotation marks.
  const and = CONJUNCT_PREPOSITIONS.has(lower[open - 1]) || lower[open - 1] === 'that' ? open - 2 : open - 1;
  if (lower[and] !== 'and' && lower[and] !== 'or') return -1;
  const last = lower[and - 1] === ',' ? and - 2 : and - 1;
  // "and that" joins two clauses whatever the first one's length ("said Brazil rejects crime and that "…"").
  const least = lower[open - 1] === 'that' ? 2 : MIN_CONJUNCT * 2;
  return last - first + 1 >= least && isClause(doc, first, last) ? and : -1;
}

/** The token holding UTF-16 offset `offset` (or the first one after it). */
function tokenAt(doc: Doc, offset: number): number {
  const start = doc.tokens.start;
  let lo = 0, hi = doc.tokens.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (start[mid] < offset) lo = mid + 1; else hi = mid; }
  return lo;
}

/** Where an indirect statement [start, …) cut short of a quotation opening at `openOffset` ends: before the quotation's conjunct. */
export function endBeforeQuotedConjunct(doc: Doc, start: number, openOffset: number): number {
  const open = tokenAt(doc, openOffset);
  const and = conjunctBefore(doc, tokenAt(doc, start), open);
  // "… it intends to comply: "We agree …"": the statement ends at its last word, not at the mark.
  if (and < 0) return open > 0 && doc.tokens.kind[open - 1] === PUNCT && tokenAt(doc, start) < open - 1 ? doc.tokens.end[open - 2] : openOffset;
  const last = doc.tokens.lower[and - 1] === ',' ? and - 2 : and - 1;
  return doc.tokens.end[last];
}
