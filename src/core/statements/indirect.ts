/**
 * Indirect statements: the content clause of a cue, without "that".
 *   He also said [he wants a new accord …] · cautioned that [neither country is ready …] ·
 *   told reporters [the talks …] · expressed a shared desire [to discuss …] · urged the government [to act] ·
 *   has described as [a new security framework] · According to X, [the site is …] · [A storm …], according to X.
 * Beliefs without a communication verb ("Moscow fears …") have no cue, so they never get here.
 */
import type { CueSpan } from '../cues';
import type { Doc } from '../doc';
import { phraseStartingAt } from '../mentions/np';
import { CALENDAR, DETERMINERS } from '../mentions/lexicon';
import { clauseEnd, isClause } from './clause';
import { phrasalContent } from './phrasal';
import { denialContent } from './denial';
import { closesSentence, postposedContent } from './postposed';
import { claimClauseStart } from './claimNouns';
import { expressTakesInfinitive } from './expressNouns';
import { parentheticalContent } from './parenthetical';
import { midSentenceContent } from './midSentence';
import { endBeforeSecondPredicate } from './secondPredicate';
import { nounObjectContent } from './nounObject';
import { pastIndefiniteAppositive } from './clauseBounds';
import { accordingSource } from './accordingSource';
import { isFrontedAdverbial } from './frontedAdverbial';
import { afterTimeAdjunct } from './timeAdjunct';
import { PUNCT, WORD } from '../text/tokenTable';

export interface Content {
  readonly first: number;
  readonly last: number;
}

const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'me', 'us', 'it', 'you']);

/** The sentence around token `i`, at most 80 tokens back and 150 ahead (bounded work per cue). */
function sentenceBounds(doc: Doc, i: number): [number, number] {
  return [Math.max(doc.sentStart[i], i - 80), Math.min(doc.sentEnd[i], i + 150)];
}

function accordingContent(doc: Doc, cue: CueSpan, isCueAt: (t: number) => boolean): Content | null {
  const [a, b] = sentenceBounds(doc, cue.firstTok);
  const source = accordingSource(doc, cue.lastTok + 1);
  if (!source) return null;
  let before = cue.firstTok - 1;
  while (before >= a && doc.tokens.kind[before] === PUNCT) before--;
  const leading = before - a;
  // "…, according to X." and "… visitors according to the event website.": the content comes first.
  const endsSentence = source.last >= b || /^[.!?]$/.test(doc.tokens.lower[source.last + 1] ?? '');
  const fronted = !endsSentence && isFrontedAdverbial(doc, a, before);
  if (leading >= 1 && !fronted && (doc.tokens.lower[cue.firstTok - 1] === ',' || endsSentence)) return { first: a, last: before };
  let k = source.last + 1;
  if (doc.tokens.lower[k] === '(') { while (k <= b && doc.tokens.lower[k] !== ')') k++; k++; }
  if (doc.tokens.lower[k] === ',') {
    k++;
    // "According to the Afghan team's coach, Alireza Mehraban, in their first matchup, …": an apposition.
    const appositive = phraseStartingAt(doc, k);
    if (appositive && doc.tokens.lower[appositive.last + 1] === ',' && doc.tokens.cap[appositive.first] === 1) k = appositive.last + 2;
    else k = pastIndefiniteAppositive(doc, k, (t) => phraseStartingAt(doc, t));
    // "According to X, speaking at a conference, …" skips the participle; "…, understanding such forces may …" is a gerund subject.
    if (doc.tokens.lower[k]?.endsWith('ing')) { let c = k + 1; while (c <= b && doc.tokens.lower[c] !== ',') c++; if (c < b) k = c + 1; }
  }
  if (k > b) return null;
  const last = clauseEnd(doc, k, isCueAt);
  // "According to the Herald, Professor Burrows said …": the inner statement is the one to report.
  // Not a participle after a comma: "…, she was working on an album, mentioning Stevie Wonder" is hers.
  // Nor a cue verb with a noun object: "According to the complaint, Intel has maintained its monopoly by …".
  for (let j = k; j <= Math.min(b, k + 15); j++) if (isCueAt(j) && doc.tokens.kind[j] === WORD && !participleAfterComma(doc, j) && reportsClause(doc, j, b)) return null;
  return last >= k ? { first: k, last } : null;
}

/** Whether the cue at token `j` has a clause after it ("said the school would close", not "maintained its monopoly"). */
function reportsClause(doc: Doc, j: number, b: number): boolean {
  const next = doc.tokens.lower[j + 1];
  return next === 'that' || next === ',' || next === ':' || doc.tokens.kind[j + 1] !== WORD || isClause(doc, j + 1, b);
}

function participleAfterComma(doc: Doc, j: number): boolean {
  return doc.tokens.lower[j - 1] === ',' && doc.tokens.lower[j].endsWith('ing');
}

/** "urged the government to act" / "expressed hope that …": the infinitive or that-clause after an object. */
function requestContent(doc: Doc, i: number, b: number, isCueAt: (t: number) => boolean): Content | null {
  let k = i;
  // "advised the court on April 9, 2009 to …": the comma inside a date does not end the hearer's adjunct.
  const stops = (t: number) => doc.tokens.lower[t] === 'to' || doc.tokens.lower[t] === 'that' || (doc.tokens.lower[t] === ',' && !dateComma(doc, t));
  while (k <= b && k < i + 12 && !stops(k)) k++;
  if (k > b || k >= i + 12 || doc.tokens.lower[k] === ',') return null;
  const from = doc.tokens.lower[k] === 'that' ? k + 1 : k;
  if (from > b) return null;
  const last = clauseEnd(doc, from, isCueAt);
  return last >= from ? { first: from, last } : null;
}

/** Whether the comma at token `t` stands between a day and a year ("April 9, 2009"). */
function dateComma(doc: Doc, t: number): boolean {
  const lower = doc.tokens.lower;
  return /^\d{1,2}$/.test(lower[t - 1] ?? '') && /^\d{4}$/.test(lower[t + 1] ?? '');
}

/** "not to …" or "to" + a lowercase word that is no determiner: an infinitive straight after the verb. */
function selfRequest(doc: Doc, i: number): boolean {
  const { lower, cap } = doc.tokens;
  if (lower[i] === 'not') return lower[i + 1] === 'to';
  return lower[i] === 'to' && cap[i + 1] !== 1 && !DETERMINERS.has(lower[i + 1]);
}

const PREPOSITIONS_BEFORE_PRONOUN = new Set(['for', 'of', 'with', 'about', 'to', 'by', 'from', 'against', 'like']);
const TOPIC_PREPOSITIONS = new Set(['on', 'about', 'regarding', 'concerning']);
const ADJUNCT_PREPOSITIONS = new Set(['on', 'in', 'at', 'during', 'via', 'from', 'after', 'before']);
const WH = new Set(['how', 'why', 'whether', 'if', 'what', 'when', 'where', 'who', 'which']);

/** "asked government officials how such documents wound up on the street": a hearer, then a wh-clause. */
function questionContent(doc: Doc, i: number, b: number, isCueAt: (t: number) => boolean): Content | null {
  const hearer = phraseStartingAt(doc, i);
  const k = hearer ? hearer.last + 1 : i;
  if (k > b || !WH.has(doc.tokens.lower[k])) return null;
  const last = clauseEnd(doc, k, isCueAt);
  return last > k ? { first: k, last } : null;
}

/** Whether one of tokens [from, to] is the word `word`. */
function hasWord(doc: Doc, from: number, to: number, word: string): boolean {
  for (let k = from; k <= to; k++) if (doc.tokens.lower[k] === word) return true;
  return false;
}

export function contentOf(doc: Doc, cue: CueSpan, isCueAt: (t: number) => boolean): Content | null {
  if (cue.kind === 'according') return accordingContent(doc, cue, isCueAt);
  const [a, b] = sentenceBounds(doc, cue.verbTok);
  let i = cue.lastTok + 1;
  if (closesSentence(doc, cue, i, b)) return cue.kind === 'verb' && (cue.frames.has('clause') || cue.frames.has('object')) ? postposedContent(doc, cue, a, b) ?? denialContent(doc, cue, a, isCueAt) : null;
  if (doc.tokens.lower[i] === ',') {
    const split = parentheticalContent(doc, cue, a, isCueAt) ?? midSentenceContent(doc, cue, a, b, isCueAt);
    if (split) return split;
    let k = i + 1;
    while (k <= b && k < i + 14 && doc.tokens.lower[k] !== ',') k++;
    if (k > b || k >= i + 14 || doc.tokens.lower[k + 1] !== 'that') return null;
    i = k + 1;
  }
  const frames = cue.frames;
  if (cue.inflection === 'ing' && cue.firstTok === sentenceBounds(doc, cue.firstTok)[0]) return null;
  // "stated to LA Weekly that …": a hearer before "that".
  if (doc.tokens.lower[i] === 'to') {
    const hearer = phraseStartingAt(doc, i + 1);
    if (hearer && doc.tokens.lower[hearer.last + 1] === 'that') i = hearer.last + 1;
  }
  // "agreed in principle that …": a short adverbial before "that"; after a hearer, an adjunct too ("told
  // analysts on a conference call that …").
  // After a preposition the adjunct may hold a name ("said on Twitter that …", "said in Geneva that …").
  const reach = frames.has('object') ? 6 : 4;
  const placed = ADJUNCT_PREPOSITIONS.has(doc.tokens.lower[i]);
  for (let k = i + 1; k <= i + reach && k <= b; k++) {
    const named = doc.tokens.cap[k - 1] === 1 && !CALENDAR.has(doc.tokens.lower[k - 1]) && !placed;
    if (doc.tokens.kind[k - 1] !== WORD || named) break;
    // "chances for that appear nil": after a preposition, "that" is a pronoun, not the start of a clause.
    if (doc.tokens.lower[k] === 'that' && !['that', 'this', 'the'].includes(doc.tokens.lower[i]) && !PREPOSITIONS_BEFORE_PRONOUN.has(doc.tokens.lower[k - 1])) { i = k; break; }
  }
  // "denied reports he is unwell": what is denied is the claim's clause.
  if (cue.kind === 'verb') i = claimClauseStart(doc, afterTimeAdjunct(doc, i));
  // "asked not to be named", "asked to remain anonymous": a request about oneself, with no hearer, reports
  // nothing ("asked to the regional government to act" has one).
  if (cue.kind === 'verb' && frames.has('request') && cue.lastTok + 1 === i && selfRequest(doc, i)) return null;
  let that = doc.tokens.lower[i] === 'that';
  if (!that && cue.kind === 'verb' && frames.has('object') && !frames.has('clause') && cue.lastTok === cue.verbTok) {
    if (OBJECT_PRONOUNS.has(doc.tokens.lower[i])) i++;
    else {
      // "had told Montalvo he would assist him": the hearer, then the clause.
      const hearer = phraseStartingAt(doc, i);
      if (hearer && hearer.last < b) i = afterTimeAdjunct(doc, hearer.last + 1);
    }
    that = doc.tokens.lower[i] === 'that';
  }
  if (that) i++;
  // "said that, as the parents came from India, …": the comma opens a fronted clause inside the content.
  if (that && doc.tokens.lower[i] === ',') i++;
  if (i > b) return null;
  // "briefed Congress on its plans", "told reporters about the visit": after a hearer, a topic is no content.
  if (!that && cue.kind === 'verb' && cue.lastTok > cue.verbTok && cue.lastTok + 1 === i && TOPIC_PREPOSITIONS.has(doc.tokens.lower[i])) return null;
  const onlyThat = cue.kind === 'verb' && [...frames].every((f) => f === 'thatOnly' || f === 'quoteOnly' || f === 'estimate');
  if (onlyThat && !that) return frames.has('estimate') ? phrasalContent(doc, cue, i, b, isCueAt) : null;
  const phrasal = that ? null : phrasalContent(doc, cue, i, b, isCueAt);
  if (phrasal) return phrasal;
  if (!that && cue.kind === 'express' && !expressTakesInfinitive(doc.tokens.lower[cue.lastTok])) return null;
  if (!that && (cue.kind === 'express' || (frames.has('request') && !frames.has('clause')))) return requestContent(doc, i, b, isCueAt) ?? nounObjectContent(doc, cue, i, isCueAt);
  const last = clauseEnd(doc, i, isCueAt);
  if (last < i) return null;
  if (frames.has('description') && !frames.has('clause')) {
    const hasAs = doc.tokens.lower[cue.lastTok] === 'as' || hasWord(doc, i, last, 'as');
    return hasAs ? { first: i, last } : null;
  }
  // "admitted the charges and has since been banned …": a noun object, then the subject's second predicate.
  const own = that ? last : endBeforeSecondPredicate(doc, i, last);
  if (own < last && !isClause(doc, i, own)) return nounObjectContent(doc, cue, i, isCueAt);
  if (!that && !isClause(doc, i, last)) return (frames.has('request') ? questionContent(doc, i, b, isCueAt) ?? requestContent(doc, i, b, isCueAt) : null) ?? nounObjectContent(doc, cue, i, isCueAt);
  return { first: i, last };
}
