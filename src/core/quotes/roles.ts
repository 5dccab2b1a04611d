/**
 * The role of a quotation that no cue attributes: a title ("the website "Insurgency Wiki""), a nickname
 * (Earvin "Magic" Johnson), a term ("a user labelled "Anonymous""), or scare quotes. And whether an
 * unattributed quotation still reads as someone's words (a sentence, or several words ending in
 * punctuation), so it can continue the previous speaker.
 */
import type { Doc } from '../doc';
import { QUOTE, WORD } from '../text/tokenTable';
import type { QuoteRole } from '../types';
import type { QuoteSpan } from './span';
import { namesAfterCommaNoun } from '../cues/namingRelative';
import { isInscription } from './inscriptions';
import { namingParticiple, sloganAfterComma } from './namingParticiple';
import { isCitedHeadline } from './headlineCited';
import { complementOfNamingVerb, opensWithFiniteVerb, opensWithPreposition } from './notTitle';
import { BE_FORMS } from '../statements/verbWords';

const TITLE_BEFORE = new Set(['titled', 'entitled', 'headlined', 'website', 'site', 'section', 'book', 'film', 'movie', 'song', 'album', 'show', 'series', 'program', 'programme', 'article', 'column', 'headline', 'campaign', 'slogan', 'hashtag', 'operation', 'motto', 'documentary', 'play', 'novel', 'poem', 'page', 'category', 'award', 'tagline', 'blog', 'post', 'paper', 'report', 'essay', 'episode', 'magazine', 'newspaper', 'opera', 'painting', 'exhibition', 'game', 'app', 'video', 'proposition', 'referendum']);
const NAMING_VERBS = new Set(['titled', 'entitled', 'headlined']);
/** Nouns a quotation of several words before them names ("the "don't ask, don't tell" policy"). */
const POLICY_NOUNS = new Set(['policy', 'doctrine', 'programme', 'initiative', 'strategy']);
const INDEFINITE_BEFORE = new Set(['a', 'an', 'his', 'her', 'their', 'its', 'what', 'this']);
/** Naming participles that are cues elsewhere ("critics called it "…""), terms after "the storm, …". */
const PARENTHETICAL_NAMING = new Set(['called', 'dubbed', 'branded', 'labelled', 'labeled']);
const TERM_BEFORE = new Set(['labelled', 'labeled', 'named', 'nicknamed', 'known', 'so-called', 'self-proclaimed', 'self-styled', 'self-described', 'word', 'term', 'phrase', 'username', 'user', 'handle', 'codenamed', 'code-named']);

/**
 * `promised to release a report "as soon as possible"`: after a work's noun (not "titled"), a quotation opening
 * with a lowercase preposition is an adverbial of the clause in someone's words, not the work's title.
 */
function adverbAfterWorkNoun(q: QuoteSpan, before: string): boolean {
  return !NAMING_VERBS.has(before) && opensWithPreposition(q);
}

function prevWord(doc: Doc, q: QuoteSpan): string {
  const k = q.openTok - 1;
  if (k < 0 || doc.tokens.para[k] !== q.para) return '';
  const lower = doc.tokens.lower;
  // `the so- called "reset"`: a line-end hyphen left a space in "so-called" (tokens "so", "-", "called").
  return lower[k] === 'called' && lower[k - 1] === '-' && lower[k - 2] === 'so' ? 'so-called' : lower[k];
}

/** Whether a lowercase word of the same sentence stands right before the opening mark ("sponsoring "…""). */
function afterLowercaseWord(doc: Doc, q: QuoteSpan): boolean {
  const k = q.openTok - 1;
  const { kind, cap, para, sent } = doc.tokens;
  return k >= 0 && para[k] === q.para && sent[k] === sent[q.openTok] && kind[k] === WORD && cap[k] !== 1;
}

/**
 * A name in Title Case set off after a work's noun or after a possessive: `The movie, "13 Hours: The Secret
 * Soldiers," opens …`, `on the channel's "Sunday Morning Report," Holt said …`.
 */
function namedWork(doc: Doc, q: QuoteSpan): boolean {
  const k = q.openTok - 1;
  const { lower, para } = doc.tokens;
  if (k < 1 || para[k] !== q.para || q.words > 10 || titleCaseShare(q) < 0.75) return false;
  return (lower[k] === ',' && TITLE_BEFORE.has(lower[k - 1])) || lower[k] === "'s" || lower[k] === '’s';
}

/** Share of words in the quotation that start with a capital letter. */
function titleCaseShare(q: QuoteSpan): number {
  const words = q.text.split(/\s+/).filter((w) => /\p{L}/u.test(w) && w.length > 3);
  if (words.length === 0) return 0;
  return words.filter((w) => /^\P{L}*\p{Lu}/u.test(w)).length / words.length;
}

export function roleWithoutCue(doc: Doc, q: QuoteSpan): QuoteRole {
  if (q.para < 0) return 'headline';
  if (q.depth === 1) return 'term';
  const before = prevWord(doc, q);
  const tokens = doc.tokens;
  const prevTok = q.openTok - 1;
  const nextTok = q.closeTok !== null ? q.closeTok + 1 : -1;
  const inSentence = (k: number) => k >= 0 && k < tokens.length && tokens.para[k] === q.para && tokens.sent[k] === tokens.sent[q.openTok];
  const capitalWord = (k: number) => tokens.cap[k] === 1 && tokens.kind[k] === WORD;
  // Earvin "Magic" Johnson: a short quotation between two parts of a name.
  if (inSentence(prevTok) && inSentence(nextTok) && capitalWord(prevTok) && capitalWord(nextTok) && q.words <= 3) return 'nickname';
  if ((TITLE_BEFORE.has(before) && !complementOfNamingVerb(doc, q) && !opensWithFiniteVerb(q) && !adverbAfterWorkNoun(q, before)) || namedWork(doc, q) || isCitedHeadline(doc, q)) return 'title';
  if ((TERM_BEFORE.has(before) && !opensWithPreposition(q)) || namedInList(doc, q) || isInscription(doc, q)) return 'term';
  if (namingParticiple(doc, q)) return 'term';
  if (sloganAfterComma(doc, q)) return 'title';
  // "The storm, dubbed "the Beast from the East," closed schools": a name given in a parenthesis.
  if (PARENTHETICAL_NAMING.has(before) && namesAfterCommaNoun(doc, prevTok - 1)) return 'term';
  const nextWord = nextTok >= 0 && tokens.kind[nextTok] === WORD ? tokens.lower[nextTok] : '';
  // The "Stand For" campaign is a title; an "unjust" campaign is someone's word for it (lowercase, after "an").
  if (TITLE_BEFORE.has(nextWord) && q.words <= 8 && !lowercaseModifier(doc, q)) return 'title';
  // The "don't ask, don't tell" policy names it; the "reckless" policy is someone's word for it (one word).
  if (POLICY_NOUNS.has(nextWord) && q.words >= 2 && q.words <= 8) return 'title';
  // "suspended the account '@NewsDesk'", "the hashtag "#FreeAna"": a handle or a hashtag names an account.
  if (/^[@#][\p{L}\p{N}_]+$/u.test(q.text)) return 'term';
  // "is sponsoring "Climb Up the 50."": American style keeps the sentence's stop inside the marks of a name too.
  // `because he is "Mexican,"`: one capitalised word after a copula is the predicate, someone's word for it.
  const predicate = q.words === 1 && BE_FORMS.has(before);
  if (q.words <= 10 && titleCaseShare(q) >= 0.75 && !predicate && (!/[.!?,]$/.test(q.text) || (/[.,]$/.test(q.text) && afterLowercaseWord(doc, q)))) return 'title';
  return 'scare';
}

/** Words linking a quotation to the one before it in a list, or to its naming word ("known as", "or", "and"). */
const LIST_LINKS = new Set(['as', 'or', 'and']);

/**
 * "(also known as "Inda'ade" or "white eyed")", "nicknamed "the Bull" and "the Rock"": a quotation after "as",
 * "or" or "and" that still follows a naming word (with no comma between) is a name, not someone's words.
 */
function namedInList(doc: Doc, q: QuoteSpan): boolean {
  const { lower, sent, kind } = doc.tokens;
  if (!LIST_LINKS.has(prevWord(doc, q))) return false;
  for (let k = q.openTok - 2; k >= 0 && k >= q.openTok - 10 && sent[k] === sent[q.openTok] && lower[k] !== ','; k--) {
    if (TERM_BEFORE.has(lower[k])) return true;
    // `known to be "blunt" and "tough"`: the list's first quotation follows no naming word, so neither is a name.
    if (kind[k] === QUOTE) {
      const open = openingBefore(doc, k);
      if (open > 0 && !LIST_LINKS.has(lower[open - 1]) && !TERM_BEFORE.has(lower[open - 1])) return false;
      // Go on before its opening mark (not read as the closing mark of another).
      if (open > 0) k = open;
    }
  }
  return false;
}

/** The opening mark of the quotation whose closing mark is token `close` (at most 12 tokens back), or -1. */
function openingBefore(doc: Doc, close: number): number {
  for (let j = close - 1; j >= 0 && j >= close - 12; j--) if (doc.tokens.kind[j] === QUOTE) return j;
  return -1;
}

/** A lowercase quoted word after an indefinite article or possessive: "an "unjust" campaign", "his "heroic" film". */
function lowercaseModifier(doc: Doc, q: QuoteSpan): boolean {
  return /^\p{Ll}/u.test(q.text) && q.words <= 2 && INDEFINITE_BEFORE.has(prevWord(doc, q));
}

/** Whether a word right before the quotation names a work or a label ("the website "Insurgency Wiki""). */
export function isTitleByTrigger(doc: Doc, q: QuoteSpan): boolean {
  const before = prevWord(doc, q);
  if (sloganAfterComma(doc, q)) return true;
  // "a story headlined "Congress threatens to leave DC …"": these words name a title however long.
  if (NAMING_VERBS.has(before) || namedWork(doc, q)) return true;
  return TITLE_BEFORE.has(before) && (q.words <= 6 || titleCaseShare(q) >= 0.5) && !complementOfNamingVerb(doc, q) && !opensWithFiniteVerb(q) && !adverbAfterWorkNoun(q, before);
}

/** Whether the text ends with . ! ? or , (maybe followed by brackets or marks). Linear, no regex. */
function endsWithPunctuation(text: string): boolean {
  for (let i = text.length - 1; i >= 0 && i >= text.length - 6; i--) {
    const c = text[i];
    if ('.!?,'.includes(c)) return true;
    if (/[\p{L}\p{N}]/u.test(c)) return false;
  }
  return false;
}

/** Whether an unattributed quotation reads as speech rather than a term. */
export function readsAsSpeech(q: QuoteSpan): boolean {
  if (q.depth === 1 || q.para < 0) return false;
  if (q.words >= 8) return true;
  return q.words >= 4 && endsWithPunctuation(q.text) && /^\P{L}{0,5}\p{Lu}/u.test(q.text);
}
