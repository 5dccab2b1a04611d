/**
 * Communication cues: a verb of the lexicon in any inflection ("said", "has suggested", "cautioned"), or a
 * multiword cue ("according to", "expressed hope", "point out"). Never inside a quotation. A verb form used
 * as a noun ("a blog post", "the report") or in the passive ("was reported") is not a cue.
 */
import type { Doc } from './doc';
import type { Cue } from './types';
import { EXPRESS_NOUNS, VERB_FORMS, type Frame, type Inflection } from './cues/lexicon';
import { extendCue } from './cues/extent';
import type { QuoteSpan } from './quotes/span';
import { WORD, PUNCT, QUOTE } from './text/tokenTable';

export interface CueSpan extends Cue {
  /** Token index of the main verb (or of "according"). */
  readonly verbTok: number;
  /** First and last token of the whole cue ("also has said", "told reporters"). */
  readonly firstTok: number;
  readonly lastTok: number;
  readonly kind: 'verb' | 'according' | 'express';
  readonly frames: ReadonlySet<Frame>;
  readonly inflection: Inflection;
}

const NOUN_BEFORE = new Set(['a', 'an', 'the', 'this', 'that', 'these', 'those', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'some', 'any', 'no', 'every', 'each', "'s", '’s', 'of', 'in', 'on', 'for', 'with', 'by', 'from', 'at', 'as', 'into', 'about', 'per', 'whose', 'such', 'new', 'first', 'latest', 'official', 'written', 'public']);
const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", 'am', 'get', 'got', 'gets']);
const ADVERBS = new Set(['also', 'later', 'then', 'further', 'previously', 'earlier', 'repeatedly', 'reportedly', 'allegedly', 'publicly', 'privately', 'recently', 'once', 'often', 'already', 'again', 'still', 'not', 'never', 'just', 'quickly', 'widely', 'initially', 'first', 'originally']);
/** Words after which a base form is a verb: plural pronouns, auxiliaries and modals ("they say", "will say"). */
const BASE_SUBJECTS = new Set(['i', 'we', 'you', 'they', 'who', 'to', 'and', 'or', 'but', 'will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', 'do', 'did', 'does', "don't", "didn't", "doesn't", 'people', 'men', 'women', 'police', 'media', 'children']);
const FINITE_AFTER = new Set(['have', 'has', 'had', 'is', 'are', 'was', 'were', 'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must', 'show', 'showed', 'say', 'said', 'suggest', 'suggested', 'indicate', 'indicated']);
const EXPRESS = new Set(['express', 'expressed', 'expresses', 'expressing', 'voice', 'voiced', 'voices', 'voicing']);

/** Skips adverbs backwards from `i` (exclusive); the index of the first non-adverb token before. */
function before(doc: Doc, i: number): number {
  const { lower, sent } = doc.tokens;
  let k = i - 1;
  while (k >= 0 && ADVERBS.has(lower[k]) && sent[k] === sent[i]) k--;
  return k;
}

/** "have not said", "never stated", "didn't say": a statement that was not made. */
function isNegated(doc: Doc, i: number): boolean {
  const sent = doc.tokens.sent;
  for (let k = i - 1; k >= 0 && k >= i - 3 && sent[k] === sent[i]; k--) {
    const w = doc.tokens.lower[k];
    if (w === 'not' || w === 'never' || w.endsWith("n't") || w.endsWith('n’t')) return true;
    if (!ADVERBS.has(w) && !/^(?:has|have|had|did|does|do|would|will|could|can)$/.test(w)) return false;
  }
  return false;
}

/**
 * A past participle modifying a noun, not a verb with a subject: "Results of NCLAN studies, published in a
 * paper by AS Heagle, show…", "a message posted by users". The speech verbs proper keep their cue reading
 * ("Putin, speaking through an interpreter, said in Genoa").
 */
function isReducedRelative(doc: Doc, i: number, lemma: string): boolean {
  if (lemma === 'say' || lemma === 'tell' || lemma === 'add') return false;
  const { lower, cap, kind } = doc.tokens;
  const next = lower[i + 1] ?? '';
  const prev = i - 1;
  if (next === 'by') return prev >= 0 && cap[prev] !== 1 && kind[prev] !== QUOTE && !/^(?:he|she|it|they|we|i|you|who)$/.test(lower[prev]);
  return lower[prev] === ',' && /^(?:in|on|at|by|from|with|for|under|last|this|earlier|online)$/.test(next);
}

function isVerbCue(doc: Doc, i: number): boolean {
  const { lower, sent, kind, cap } = doc.tokens;
  const form = VERB_FORMS.get(lower[i]);
  if (!form || cap[i] === 1 && i > 0 && sent[i - 1] === sent[i] && kind[i - 1] === WORD) return false;
  const k = before(doc, i);
  const prev = k >= 0 && sent[k] === sent[i] ? k : -1;
  if (prev >= 0 && NOUN_BEFORE.has(lower[prev]) && kind[prev] !== PUNCT) return false;
  // "a blog post", "asylum claim": a base form after a singular noun is a noun ("officials claim" is a verb).
  if (form.inflection === 'base' && prev >= 0 && kind[prev] === WORD && cap[prev] !== 1 && !lower[prev].endsWith('s') && !BASE_SUBJECTS.has(lower[prev])) return false;
  if (prev >= 0 && lower[prev] === 'to') {
    const p2 = k - 1;
    return p2 >= 0 && (lower[p2] === 'on' || lower[p2] === 'want' || lower[p2] === 'wanted');
  }
  if (form.inflection === 'past' && prev >= 0 && BE.has(lower[prev])) return false;
  if (isNegated(doc, i)) return false;
  // "Recent reports have revealed …": a noun followed by the verb of its clause.
  if (form.inflection === 's' && FINITE_AFTER.has(lower[i + 1] ?? '')) return false;
  if (form.inflection === 'past' && isReducedRelative(doc, i, form.lemma)) return false;
  if (form.frames.has('description') && form.inflection === 'past' && prev >= 0 && cap[prev] !== 1 && kind[prev] === WORD && kind[i + 1] === QUOTE) return false;
  if (form.frames.size === 1 && form.frames.has('thatOnly')) {
    return lower[i + 1] === 'that' || lower[i + 3] === 'that';
  }
  return true;
}

const ISSUE = new Set(['issued', 'issues', 'issue', 'issuing', 'released', 'releases', 'release', 'releasing', 'made', 'makes', 'make', 'making', 'published', 'posted', 'sent', 'gave']);
const STATEMENT_NOUNS = new Set(['statement', 'statements', 'comment', 'comments', 'remarks', 'tweet', 'response', 'reply', 'message', 'speech', 'address']);

/** "issued a statement", "released a brief statement": the number of tokens after the verb, or 0. */
function issuedStatement(doc: Doc, i: number): number {
  const { lower, kind } = doc.tokens;
  if (!ISSUE.has(lower[i])) return 0;
  for (let k = i + 1; k <= i + 3 && k < doc.tokens.length; k++) {
    if (STATEMENT_NOUNS.has(lower[k])) return k - i;
    if (kind[k] !== WORD) return 0;
  }
  return 0;
}

export function findCues(doc: Doc, quotes: readonly QuoteSpan[]): CueSpan[] {
  const { lower, kind, para, sent } = doc.tokens;
  const n = doc.tokens.length;
  const inside = new Uint8Array(n);
  for (const q of quotes) inside.fill(1, q.openTok, (q.closeTok ?? q.lastInside) + 1);
  const cues: CueSpan[] = [];
  const candidates = doc.tokens.wordClasses(cueCandidate);
  const wordId = doc.tokens.wordId;
  for (let i = 0; i < n; i++) {
    if (inside[i] || kind[i] !== WORD || para[i] < 0 || candidates[wordId[i]] === 0) continue;
    const word = lower[i];
    // "in the words of the Crown prosecutor, Mark Tedeschi": a source named after the cue, like "according to".
    if (word === 'in' && lower[i + 1] === 'the' && lower[i + 2] === 'words' && lower[i + 3] === 'of') {
      cues.push(make(doc, i, i, i + 3, 'according', 'in the words of', new Set<Frame>(['clause']), 'ing'));
      i += 3;
      continue;
    }
    if (word === 'according' && lower[i + 1] === 'to') {
      cues.push(make(doc, i, i, i + 1, 'according', 'according to', new Set<Frame>(['clause']), 'ing'));
      i++;
      continue;
    }
    if (EXPRESS.has(word)) {
      for (let k = i + 1; k <= i + 4 && k < n && sent[k] === sent[i]; k++) {
        if (EXPRESS_NOUNS.has(lower[k])) {
          cues.push(make(doc, i, before(doc, i) + 1, k, 'express', 'express ' + lower[k], new Set<Frame>(['clause']), 'past'));
          i = k;
          break;
        }
      }
      continue;
    }
    const statement = issuedStatement(doc, i);
    if (statement > 0) {
      cues.push(make(doc, i, before(doc, i) + 1, i + statement, 'verb', 'issue a statement', new Set<Frame>(['quoteOnly']), 'past'));
      i += statement;
      continue;
    }
    if (!isVerbCue(doc, i)) continue;
    const form = VERB_FORMS.get(word)!;
    const { first, last } = extendCue(doc, i, form.frames);
    cues.push(make(doc, i, first, last, 'verb', form.lemma, form.frames, form.inflection));
  }
  return cues;
}

/**
 * 1 for a word that can start a cue (a verb form, "according", "in", "express…", "issued"), else 0: worked
 * out once per distinct word, so the scan skips the other words with one array read.
 */
function cueCandidate(word: string): number {
  return VERB_FORMS.has(word) || EXPRESS.has(word) || ISSUE.has(word) || word === 'in' || word === 'according' ? 1 : 0;
}

function make(doc: Doc, verbTok: number, firstTok: number, lastTok: number, kind: CueSpan['kind'], lemma: string, frames: ReadonlySet<Frame>, inflection: Inflection): CueSpan {
  const start = doc.tokens.start[firstTok];
  const end = doc.tokens.end[lastTok];
  return { start, end, text: doc.text.slice(start, end), lemma, verbTok, firstTok, lastTok, kind, frames, inflection };
}
