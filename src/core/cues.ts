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
  let k = i - 1;
  while (k >= 0 && ADVERBS.has(doc.tokens[k].lower) && doc.tokens[k].sent === doc.tokens[i].sent) k--;
  return k;
}

/** "have not said", "never stated", "didn't say": a statement that was not made. */
function isNegated(doc: Doc, i: number): boolean {
  const sent = doc.tokens[i].sent;
  for (let k = i - 1; k >= 0 && k >= i - 3 && doc.tokens[k].sent === sent; k--) {
    const w = doc.tokens[k].lower;
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
  const next = doc.tokens[i + 1]?.lower ?? '';
  const prev = doc.tokens[i - 1];
  if (next === 'by') return prev !== undefined && !prev.cap && prev.type !== 'q' && !/^(?:he|she|it|they|we|i|you|who)$/.test(prev.lower);
  return doc.tokens[i - 1]?.text === ',' && /^(?:in|on|at|by|from|with|for|under|last|this|earlier|online)$/.test(next);
}

function isVerbCue(doc: Doc, i: number): boolean {
  const t = doc.tokens[i];
  const form = VERB_FORMS.get(t.lower);
  if (!form || t.cap && i > 0 && doc.tokens[i - 1].sent === t.sent && doc.tokens[i - 1].type === 'w') return false;
  const k = before(doc, i);
  const prev = k >= 0 && doc.tokens[k].sent === t.sent ? doc.tokens[k] : undefined;
  if (prev && NOUN_BEFORE.has(prev.lower) && prev.type !== 'p') return false;
  // "a blog post", "asylum claim": a base form after a singular noun is a noun ("officials claim" is a verb).
  if (form.inflection === 'base' && prev && prev.type === 'w' && !prev.cap && !prev.lower.endsWith('s') && !BASE_SUBJECTS.has(prev.lower)) return false;
  if (prev && prev.lower === 'to') {
    const p2 = doc.tokens[k - 1];
    return p2 !== undefined && (p2.lower === 'on' || p2.lower === 'want' || p2.lower === 'wanted');
  }
  if (form.inflection === 'past' && prev && BE.has(prev.lower)) return false;
  if (isNegated(doc, i)) return false;
  // "Recent reports have revealed …": a noun followed by the verb of its clause.
  if (form.inflection === 's' && FINITE_AFTER.has(doc.tokens[i + 1]?.lower ?? '')) return false;
  if (form.inflection === 'past' && isReducedRelative(doc, i, form.lemma)) return false;
  if (form.frames.has('description') && form.inflection === 'past' && prev && !prev.cap && prev.type === 'w' && doc.tokens[i + 1]?.type === 'q') return false;
  if (form.frames.size === 1 && form.frames.has('thatOnly')) {
    return doc.tokens[i + 1]?.lower === 'that' || doc.tokens[i + 3]?.lower === 'that';
  }
  return true;
}

const ISSUE = new Set(['issued', 'issues', 'issue', 'issuing', 'released', 'releases', 'release', 'releasing', 'made', 'makes', 'make', 'making', 'published', 'posted', 'sent', 'gave']);
const STATEMENT_NOUNS = new Set(['statement', 'statements', 'comment', 'comments', 'remarks', 'tweet', 'response', 'reply', 'message', 'speech', 'address']);

/** "issued a statement", "released a brief statement": the number of tokens after the verb, or 0. */
function issuedStatement(doc: Doc, i: number): number {
  if (!ISSUE.has(doc.tokens[i].lower)) return 0;
  for (let k = i + 1; k <= i + 3 && doc.tokens[k]; k++) {
    if (STATEMENT_NOUNS.has(doc.tokens[k].lower)) return k - i;
    if (doc.tokens[k].type !== 'w') return 0;
  }
  return 0;
}

export function findCues(doc: Doc, quotes: readonly QuoteSpan[]): CueSpan[] {
  const inside = new Uint8Array(doc.tokens.length);
  for (const q of quotes) for (let k = q.openTok; k <= (q.closeTok ?? q.lastInside); k++) inside[k] = 1;
  const cues: CueSpan[] = [];
  for (let i = 0; i < doc.tokens.length; i++) {
    const t = doc.tokens[i];
    if (inside[i] || t.type !== 'w' || t.para < 0) continue;
    // "in the words of the Crown prosecutor, Mark Tedeschi": a source named after the cue, like "according to".
    if (t.lower === 'in' && doc.tokens[i + 1]?.lower === 'the' && doc.tokens[i + 2]?.lower === 'words' && doc.tokens[i + 3]?.lower === 'of') {
      cues.push(make(doc, i, i, i + 3, 'according', 'in the words of', new Set<Frame>(['clause']), 'ing'));
      i += 3;
      continue;
    }
    if (t.lower === 'according' && doc.tokens[i + 1]?.lower === 'to') {
      cues.push(make(doc, i, i, i + 1, 'according', 'according to', new Set<Frame>(['clause']), 'ing'));
      i++;
      continue;
    }
    if (EXPRESS.has(t.lower)) {
      for (let k = i + 1; k <= i + 4 && k < doc.tokens.length && doc.tokens[k].sent === t.sent; k++) {
        if (EXPRESS_NOUNS.has(doc.tokens[k].lower)) {
          cues.push(make(doc, i, before(doc, i) + 1, k, 'express', 'express ' + doc.tokens[k].lower, new Set<Frame>(['clause']), 'past'));
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
    const form = VERB_FORMS.get(t.lower)!;
    const { first, last } = extendCue(doc, i, form.frames);
    cues.push(make(doc, i, first, last, 'verb', form.lemma, form.frames, form.inflection));
  }
  return cues;
}

function make(doc: Doc, verbTok: number, firstTok: number, lastTok: number, kind: CueSpan['kind'], lemma: string, frames: ReadonlySet<Frame>, inflection: Inflection): CueSpan {
  const start = doc.tokens[firstTok].start;
  const end = doc.tokens[lastTok].end;
  return { start, end, text: doc.text.slice(start, end), lemma, verbTok, firstTok, lastTok, kind, frames, inflection };
}
