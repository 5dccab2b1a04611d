/**
 * The reporting clause after its content: "Almost half … are iodine deficient, researchers say." · "At least
 * 12 people were killed, police said on Sunday." · "The toll has risen to 45, state media reported." The
 * content is the sentence up to the comma before the source; a short time or place adjunct may follow the cue,
 * and so may a hearer ("…, a police spokesman told the BBC.") or the source itself ("…, said a spokesman.").
 */
import type { CueSpan } from '../cues';
import type { Doc } from '../doc';
import { VERB_FORMS } from '../cues/lexicon';
import { npToken, phraseStartingAt } from '../mentions/np';
import { DETERMINERS, GROUPS, PERSON_ROLES, SUBJECT_PRONOUNS } from '../mentions/lexicon';
import { PUNCT, QUOTE, WORD } from '../text/tokenTable';
import { isClause } from './clause';
import { pluralSubjectVerb } from './pluralPresent';
import { prefersClause } from './sayClause';
import { anonymityReason, isPrepositionalAdjunct, isTrailingAdjunct } from './trailingPhrase';
import { whenAsked } from './whenAsked';
import { contentBeforeParentheticalSource } from './postposedApposition';
import { continuationComma, MEDIUM_PARTICIPLES } from './postposedContinuation';
import { relativeBefore } from './restrictiveRelative';
import { hearerAfterTo, hearerClosingSentence } from './hearerPhrase';
import { timePhraseEnd } from './timeAdjunct';
import { frontedThenClause } from './frontedClause';
import { invertedSource, restIsEmpty } from './invertedSource';

/** Verbs whose object after a postposed cue is a hearer ("…, the coach told a news conference."). */
const TELLING = new Set(['tell', 'inform', 'assure', 'brief', 'remind', 'warn']);
/** Words inside a post-modified source: "sources familiar with the talks", "a spokesman for the ministry". */
const SOURCE_LINKS = new Set(['with', 'for', 'of', 'at', 'from', 'to', 'familiar', 'close']);

/** Whether only a short adjunct follows the cue in its sentence ("Ruiz wrote on Facebook.", "he said in a statement."). */
export function closesWithAdjunct(doc: Doc, cue: CueSpan): boolean {
  const end = doc.sentEnd[cue.lastTok];
  let last = end;
  while (last > cue.lastTok && doc.tokens.kind[last] === PUNCT) last--;
  if (last <= cue.lastTok) return false;
  // `"…?" Trump told the station in an interview.` · `"…?" she said when asked about the vote.`: adjuncts
  // (prepositional ones, then perhaps a clause of being asked) close the reporting sentence.
  // `"…!" Ruiz tweeted, quoting the report.`: a participle naming what the words refer to (not one of speech,
  // `He concluded, saying, "…"`, which opens words of its own). `"…?" Ruiz said of the encounter.`: "of" and
  // what the words were about.
  const participle = (i: number) => doc.tokens.lower[i] === ',' && REFERRING.has(doc.tokens.lower[i + 1] ?? '');
  const about = (i: number) => doc.tokens.lower[i] === 'of' && (phraseStartingAt(doc, i + 1) ?? hearerClosingSentence(doc, i + 1, end, (k) => restIsEmpty(doc, k + 1, end)))?.last === last;
  const closes = (i: number) => restIsEmpty(doc, i, end) || isPrepositionalAdjunct(doc, i, last, true) || whenAsked(doc, i, last) || participle(i) || about(i);
  if (closes(cue.lastTok + 1)) return true;
  // `"…?" Trump said to a crowd of about 500.` · `"…!" she told a packed hall.`: a hearer closing the sentence.
  const endsAt = (k: number) => closes(k + 1);
  const to = doc.tokens.lower[cue.lastTok + 1] === 'to';
  if (to && hearerClosingSentence(doc, cue.lastTok + 2, end, endsAt) !== null) return true;
  if (hearerAfterTo(doc, cue.lastTok + 1, end, endsAt) || (TELLING.has(cue.lemma) && hearerClosingSentence(doc, cue.lastTok + 1, end, endsAt) !== null)) return true;
  // `"…?" Trump told Britain's ITV station in an interview.`: a named hearer of a verb of telling.
  const named = TELLING.has(cue.lemma) ? phraseStartingAt(doc, cue.lastTok + 1) : null;
  return named !== null && endsAt(named.last);
}

/** Participles after a reporting clause that point at what the words answer or cite. */
const REFERRING = new Set(['quoting', 'citing', 'referring', 'responding', 'replying', 'retweeting', 'linking', 'sharing']);

/** The content before a cue that ends its sentence (`b`: the sentence's last token), or null. */
export function postposedContent(doc: Doc, cue: CueSpan, a: number, b: number): { first: number; last: number } | null {
  const lower = doc.tokens.lower;
  // "After the talks, Smith said:" introduces what follows. A headline ends without a stop ("Talks to
  // resume, says minister").
  // "…, Ros said, adding: "He has our support."": a sentence may end inside a quotation after the cue.
  const stop = /^[.!?;]$/.test(lower[b]) || (doc.tokens.kind[b] === QUOTE && /^[.!?]$/.test(lower[b - 1] ?? '') && b - 1 > cue.lastTok);
  if (cue.lastTok < b && !stop && doc.tokens.para[b] >= 0) return null;
  // "It was a reversal for the senator, who had pledged to back the nominee.": a relative pronoun as the
  // cue's subject stands for the noun before it; the clause before that noun is no content of the relative.
  if (/^(?:who|which)$/.test(lower[cue.firstTok - 1] ?? '')) return null;
  let determiners = 0;
  let linked = false;
  // "…, a diplomat who attended the meeting said.": the source ends before its relative clause.
  const who = relativeBefore(doc, cue.firstTok, a);
  const sourceEnd = who > a ? who : cue.firstTok;
  for (let k = sourceEnd - 1; k > a && k >= sourceEnd - 8; k--) {
    // "After the match, the coach told reporters.": what comes before must be a clause.
    if (lower[k] === ',') {
      const before = k === cue.firstTok - 1 ? contentBeforeParentheticalSource(doc, a, k, (f, l) => isClause(doc, f, l)) : -1;
      if (before >= 0) return { first: a, last: before };
      const from = afterSemicolon(doc, a, k - 1);
      if (k - from < 3) return null;
      // "But due to the bug, a hacker can …, she claimed.": a link and an adverbial before the clause.
      // "Pupils struggle with the syllabus, teachers say.": a plural subject and a bare present verb before a verb of saying.
      const sayClause = cue.kind === 'verb' && prefersClause(cue.lemma) && pluralSubjectVerb(doc, from, k - 1);
      return sayClause || isClause(doc, from, k - 1) ? { first: from, last: k - 1 } : frontedThenClause(doc, from, k - 1);
    }
    // "…, a view the government rejects": two noun phrases, a relative clause and not a source.
    // "…, a spokesman for the ministry said": a preposition joins the two into one source.
    if (SOURCE_LINKS.has(lower[k]) && lower[k - 1] !== ',') { linked = true; continue; }
    // "…, the two sides said": a determiner before a numeral one is one determiner.
    if (DETERMINERS.has(lower[k]) && !DETERMINERS.has(lower[k + 1]) && ++determiners > 1 && !linked) return null;
    // "state media reported": a verb form may modify the source's head noun, not be the head.
    const modifier = k < cue.firstTok - 1 && doc.tokens.kind[k] === WORD && VERB_FORMS.has(lower[k]);
    if (!npToken(doc, k) && !SUBJECT_PRONOUNS.has(lower[k]) && !modifier) return null;
  }
  return null;
}

/**
 * "Sales fell in May; they will recover next year, the company said.": a semicolon closes the sentence's
 * first clause, so the content of a cue after the second starts after the semicolon (when a clause follows it).
 */
function afterSemicolon(doc: Doc, a: number, last: number): number {
  for (let k = last - 1; k > a; k--) if (doc.tokens.lower[k] === ';') return isClause(doc, k + 1, last) ? k + 1 : a;
  return a;
}

/** The last word token of [i, b], before the closing punctuation. */
function lastWord(doc: Doc, i: number, b: number): number {
  let last = b;
  while (last > i && doc.tokens.kind[last] === PUNCT) last--;
  return last;
}

/** Whether nothing that could be content follows the cue from token `i`: the cue closes its sentence. */
export function closesSentence(doc: Doc, cue: CueSpan, i: number, b: number): boolean {
  if (restIsEmpty(doc, i, b)) return true;
  if (cue.kind !== 'verb') return false;
  // "Talks will resume, the union said on Friday ahead of the vote.": after a postposed cue, a chain of time
  // and place adjuncts closes the sentence ("The minister reported on the flooding in the north." has none).
  // "…, the council said, but traffic stayed light.": only when a content clause stands before the cue.
  // "…, the club said in a statement posted on its website.": the medium's participle and its adjunct too.
  const from = MEDIUM_PARTICIPLES.has(doc.tokens.lower[i]) && i - 1 === cue.lastTok && cue.lastTok > cue.verbTok ? i + 1 : i;
  // "…, the union leader said late Wednesday after talks with managers.": a time phrase, then the chain.
  const timed = timePhraseEnd(doc, from);
  // "…, an official said on condition of anonymity because he was not authorised to …": the reason for the
  // anonymity is the reporter's, like the adjunct it explains.
  const end = anonymityReason(doc, from, b) ?? b;
  const trailing = (from > i && isTrailingAdjunct(doc, from, end)) || isPrepositionalAdjunct(doc, from, lastWord(doc, from, end), true) || (timed > from && isPrepositionalAdjunct(doc, timed, lastWord(doc, timed, end), true)) || continuationComma(doc, from, end, (f, l) => isTrailingAdjunct(doc, f, l) || isPrepositionalAdjunct(doc, f, l, true)) >= 0;
  if (trailing && postposedContent(doc, cue, Math.max(doc.sentStart[cue.verbTok], cue.firstTok - 80), b)) return true;
  if (invertedSource(doc, cue)) return true;
  if (hearerAfterTo(doc, i, b, (k) => restIsEmpty(doc, k + 1, b)) && postposedContent(doc, cue, Math.max(doc.sentStart[cue.verbTok], cue.firstTok - 80), b)) return true;
  // "…, a police spokesman told the BBC.": a hearer after a verb of telling.
  // "…, Kennedy wrote Linick.", "…, she wrote the committee.": American usage gives "write" a bare addressee too
  // (a name, a person or a group noun; "…, Jones wrote the book." has none).
  const addressee = cue.lemma === 'write' ? phraseStartingAt(doc, i) : null;
  const named = addressee !== null && (doc.tokens.cap[addressee.last] === 1 || GROUPS.has(doc.tokens.lower[addressee.last]) || PERSON_ROLES.has(doc.tokens.lower[addressee.last]));
  const hearer = cue.frames.has('object') ? phraseStartingAt(doc, i) : named ? addressee : null;
  if (hearer) return restIsEmpty(doc, hearer.last + 1, b);
  // "He would stay, the coach told a news conference.": a hearer no role heads, only after a content clause
  // ("The government has promised a replacement ferry service." is a noun object).
  // Only after a verb of telling: "…, promising an inquiry." has a noun object, no hearer.
  const bare = cue.frames.has('object') && TELLING.has(cue.lemma) ? hearerClosingSentence(doc, i, b, (k) => restIsEmpty(doc, k + 1, b)) : null;
  return bare !== null && postposedContent(doc, cue, Math.max(doc.sentStart[cue.verbTok], cue.firstTok - 80), b) !== null;
}
