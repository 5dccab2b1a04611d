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
import { WORD } from './text/tokenTable';
import { isVerbCue } from './cues/verbCue';
import { isNonSpeechSense } from './cues/nonSpeech';
import { isNounUse } from './cues/nounUse';
import { isAttributiveModifier } from './cues/attributiveModifier';
import { isAppositiveTitle } from './cues/appositiveTitle';
import { isComparativeCue } from './cues/comparativeCue';
import { isActionSense } from './cues/actionSense';
import { isAsReportedBy } from './cues/asReportedBy';
import { isAsPutIt } from './cues/asPutIt';
import { isEvidenceSense } from './cues/evidenceSubject';
import { isGerundSubjectAfterSay } from './cues/gerundSubject';

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

const EXPRESS = new Set(['express', 'expressed', 'expresses', 'expressing', 'voice', 'voiced', 'voices', 'voicing']);
const ISSUE = new Set(['issued', 'issues', 'issue', 'issuing', 'released', 'releases', 'release', 'releasing', 'made', 'makes', 'make', 'making', 'published', 'posted', 'sent', 'gave']);
/** Cues outside the verb lexicon reach back over auxiliaries and adverbs alike ("have also expressed"). */
const NO_FRAMES: ReadonlySet<Frame> = new Set();
/** Speech acts one issues, makes or sends (the whole class, not only "statement"). */
const STATEMENT_NOUNS = new Set(['statement', 'statements', 'comment', 'comments', 'remarks', 'tweet', 'response', 'reply', 'message', 'speech', 'address', 'warning', 'warnings', 'ultimatum', 'announcement', 'declaration', 'denial', 'appeal', 'plea', 'assurance', 'assurances', 'pledge', 'apology', 'communique', 'communiqué', 'release', 'notice', 'advisory']);

/**
 * Verbs that convey a stance as well as "express" does, and are cues of their own otherwise: "indicated a
 * desire to return", "signalled its willingness to talk", "reiterated its support for the plan".
 */
const CONVEY = new Set(['indicate', 'indicated', 'indicates', 'indicating', 'signal', 'signaled', 'signalled', 'signals', 'signaling', 'signalling', 'convey', 'conveyed', 'conveys', 'conveying', 'reiterate', 'reiterated', 'reiterates', 'reiterating', 'reaffirm', 'reaffirmed', 'reaffirms', 'reaffirming']);

/** The token of an expressed noun within four words after token `i` ("expressed deep concern"), or -1. */
function expressedNoun(doc: Doc, i: number): number {
  const { lower, sent } = doc.tokens;
  for (let k = i + 1; k <= i + 4 && k < doc.tokens.length && sent[k] === sent[i]; k++) if (EXPRESS_NOUNS.has(lower[k])) return k;
  return -1;
}

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
  // The headline's tokens too: statements/headline.ts keeps the reports a headline makes.
  const { lower, kind } = doc.tokens;
  const n = doc.tokens.length;
  const inside = new Uint8Array(n);
  for (const q of quotes) inside.fill(1, q.openTok, (q.closeTok ?? q.lastInside) + 1);
  const cues: CueSpan[] = [];
  const candidates = doc.tokens.wordClasses(cueCandidate);
  const wordId = doc.tokens.wordId;
  for (let i = 0; i < n; i++) {
    // The candidate test first: it rules out most tokens.
    if (candidates[wordId[i]] === 0 || inside[i] || kind[i] !== WORD) continue;
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
    if (EXPRESS.has(word) || CONVEY.has(word)) {
      const noun = expressedNoun(doc, i);
      if (noun > 0) {
        // "…issued a statement expressing optimism that …": a participle takes its source as participles do (subject.ts).
        cues.push(make(doc, i, extendCue(doc, i, NO_FRAMES).first, noun, 'express', 'express ' + lower[noun], new Set<Frame>(['clause']), word.endsWith('ing') ? 'ing' : 'past'));
        i = noun;
        continue;
      }
      if (EXPRESS.has(word)) continue;
    }
    if (isAsReportedBy(doc, i)) {
      cues.push(make(doc, i, i - 1, i + 1, 'according', `as ${word} by`, new Set<Frame>(['clause']), 'ing'));
      i++;
      continue;
    }
    if (isAsPutIt(doc, i)) {
      cues.push(make(doc, i, i, i + 1, 'verb', 'put it', new Set<Frame>(['quoteOnly']), lower[i] === 'puts' ? 's' : 'past'));
      i++;
      continue;
    }
    const statement = issuedStatement(doc, i);
    if (statement > 0) {
      cues.push(make(doc, i, extendCue(doc, i, NO_FRAMES).first, i + statement, 'verb', 'issue a statement', new Set<Frame>(['quoteOnly']), 'past'));
      i += statement;
      continue;
    }
    if (!isVerbCue(doc, i) || isNonSpeechSense(doc, i, VERB_FORMS.get(word)!.lemma) || isNounUse(doc, i) || isAttributiveModifier(doc, i) || isAppositiveTitle(doc, i) || isComparativeCue(doc, i) || isActionSense(doc, i, VERB_FORMS.get(word)!.lemma) || isEvidenceSense(doc, i, VERB_FORMS.get(word)!.lemma) || isGerundSubjectAfterSay(doc, i)) continue;
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
  return VERB_FORMS.has(word) || EXPRESS.has(word) || CONVEY.has(word) || ISSUE.has(word) || word === 'in' || word === 'according' || word === 'put' || word === 'puts' ? 1 : 0;
}

function make(doc: Doc, verbTok: number, firstTok: number, lastTok: number, kind: CueSpan['kind'], lemma: string, frames: ReadonlySet<Frame>, inflection: Inflection): CueSpan {
  const start = doc.tokens.start[firstTok];
  const end = doc.tokens.end[lastTok];
  return { start, end, text: doc.text.slice(start, end), lemma, verbTok, firstTok, lastTok, kind, frames, inflection };
}
