/**
 * Finds the cue and source of a quotation from the words around it:
 *   after it  — "…," Bush said · "…," said Bolden · "…", it added · "…" - Matthew Ingram · pull quotes;
 *   before it — in attributeBefore.ts.
 */
import type { CueSpan } from '../cues';
import type { Doc } from '../doc';
import { phraseStartingAt, type Phrase } from '../mentions/np';
import { SUBJECT_PRONOUNS } from '../mentions/lexicon';
import type { QuoteSpan } from '../quotes/span';
import { longTitleSource } from './longTitleSource';
import type { CueIndex } from './cueIndex';
import { determinedNounBeforeCue, loneAnotherAt } from './determinedNoun';
import { partitiveStartingAt } from './partitive';
import { QUOTE, WORD } from '../text/tokenTable';
import { sourceOfOpeningInversion } from './openingInversion';
import { FINITE_AUXILIARIES } from './verbWords';
import { closesWithAdjunct } from './postposed';
import { DASHES } from './dashApposition';
import { signatureBelow } from './signatureLine';
import { runOnThenPostposedCue } from './runOnQuote';
import { isPluralApostrophe } from '../mentions/pluralApostrophe';
import { speechNounAuthorAt } from './speechNounAuthor';

export interface QuoteAttribution {
  readonly cue: CueSpan | null;
  readonly phrase: Phrase | null;
  readonly apposition: string | null;
  /** The cue comes before the quotation (so an embedded fragment is a mixed statement). */
  readonly cueBefore: boolean;
  /** The cue is in the sentence before the one the quotation opens. */
  readonly fromPreviousSentence?: boolean;
}

const SENTENCE_ENDS = new Set(['.', '!', '?']);

/**
 * Tokens scanned for the comma closing an apposition after the source: US news runs long ones (`"…," Holt, the
 * party's candidate for governor and its leader in the state senate since the last election, said.`).
 */
const MAX_APPOSITION = 30;

/** A pronoun or noun phrase starting at `i`. */
function phraseAt(doc: Doc, i: number): Phrase | null {
  if (i < 0 || i >= doc.tokens.length) return null;
  if (SUBJECT_PRONOUNS.has(doc.tokens.lower[i])) return { first: i, last: i };
  return partitiveStartingAt(doc, i) ?? phraseStartingAt(doc, i);
}

/** Whether the sentence ends after token `tok`: the document's or the sentence's end, or a stop next. */
export function endsSentence(doc: Doc, tok: number): boolean {
  const { sent, lower } = doc.tokens;
  return tok + 1 >= doc.tokens.length || sent[tok + 1] !== sent[tok] || SENTENCE_ENDS.has(lower[tok + 1]);
}

function startsSentenceAt(doc: Doc, q: QuoteSpan): boolean {
  const prev = q.openTok - 1;
  const { sent, para } = doc.tokens;
  return prev < 0 || sent[prev] !== sent[q.openTok] || para[prev] !== q.para;
}

function samePara(doc: Doc, a: number, b: number): boolean {
  const para = doc.tokens.para;
  return para[a] !== undefined && para[a] === para[b];
}

/** Attribution from the words right after the closing mark. */
export function attributeAfter(doc: Doc, q: QuoteSpan, cues: CueIndex): QuoteAttribution | null {
  if (q.closeTok === null) return null;
  let j = q.closeTok + 1;
  if (!samePara(doc, q.closeTok, j)) return signatureBelow(doc, q);
  const { lower, kind, sent, para } = doc.tokens;
  // A punctuation token's `lower` is the mark itself.
  if (DASHES.has(lower[j])) {
    const phrase = phraseStartingAt(doc, j + 1);
    // `"…" -- Omar Dade is now the minister.`: a name that opens a clause after the dash is no signature.
    const opensClause = phrase !== null && FINITE_AUXILIARIES.has(lower[phrase.last + 1] ?? '');
    // `He has called Ruiz "the next Lincoln" – the president he admires most.`: after a quotation inside its
    // sentence, a dash and a determined noun explain the quoted words; a signature follows a quotation on its own.
    const explains = !startsSentenceAt(doc, q) && /^(?:the|a|an)$/.test(lower[j + 1] ?? '');
    return phrase && !opensClause && !explains ? { cue: null, phrase, apposition: null, cueBefore: false } : null;
  }
  while (samePara(doc, q.closeTok, j) && (lower[j] === ',' || lower[j] === ';' || lower[j] === ':') && j < q.closeTok + 3) j++;
  // "…," said Bolden. A participle is no inversion: in `described it as "a sad time", telling the BBC he …`
  // the BBC is the hearer, and the speaker is the subject of the clause before.
  const inverted = cues.startingAt(j);
  // Not a fragment running on into the verb: `promised to "vigorously and completely" continue the inquiry`.
  const runsOn = j === q.closeTok + 1 && !/[,.!?…:;—-]$/.test(q.text) && /^\P{L}*\p{Ll}/u.test(q.text);
  if (inverted && !runsOn && !(inverted.kind === 'verb' && inverted.inflection === 'ing') && samePara(doc, q.closeTok, j)) {
    const phrase = phraseAt(doc, inverted.lastTok + 1) ?? loneAnotherAt(doc, inverted.lastTok + 1) ?? speechNounAuthorAt(doc, inverted.lastTok + 1);
    // `for "Dateline Tonight" broadcast on Wednesday`: with no punctuation at the mark and no source after it,
    // the past form modifies the quoted name; it is no inverted reporting clause.
    const modifiesName = !phrase && j === q.closeTok + 1 && !/[,.!?…:;—-]$/.test(q.text);
    // `"…." Says one worker, "We will …"`: a new sentence opened by the cue introduces the next quotation.
    if (!modifiesName && (sent[j] === sent[q.closeTok] || !sourceOfOpeningInversion(doc, inverted))) return { cue: inverted, phrase, apposition: null, cueBefore: false };
  }
  const close = q.closeTok;
  const marked = j > close + 1 || /[,.!?…:;—-]$/.test(q.text);
  const longTitle = (): QuoteAttribution | null => {
    if (!marked || !samePara(doc, close, j) || sent[j] !== sent[close]) return null;
    const long = longTitleSource(doc, j, (k) => cues.startingAt(k), (t) => endsSentence(doc, t));
    return long ? { cue: long.cue, phrase: long.phrase, apposition: null, cueBefore: false } : null;
  };
  const asClause = reportingAsClause(doc, q, j, cues);
  if (asClause) return asClause;
  let subject = phraseAt(doc, j) ?? determinedNounBeforeCue(doc, j, (k) => cues.startingAt(k) !== undefined);
  // `"…" than that of the chief, Hart said.`: a quotation opening its sentence runs on to a postposed source (runOnQuote.ts).
  if (!subject && startsSentenceAt(doc, q)) { const runOn = runOnThenPostposedCue(doc, q, j, cues, (t) => endsSentence(doc, t)); if (runOn) return runOn; }
  if (!subject || !samePara(doc, q.closeTok, j)) return longTitle();
  // "…," Bush said — punctuation inside or after the closing mark; not `The "History" section … explains`.
  if (j === q.closeTok + 1 && !/[,.!?…:;—-]$/.test(q.text) && !startsSentenceAt(doc, q)) return null;
  let e = subject.last + 1;
  // `"…," Hadley's said.`: a shop's name ending in "'s" (verbCue.ts reads the cue after it as a verb).
  if ((lower[e] === "'s" || lower[e] === '’s') && doc.tokens.start[e] === doc.tokens.end[e - 1] && cues.startingAt(e + 1)) subject = { first: subject.first, last: e++ };
  // `"…," the World Health Organization (WHO) said.`: an acronym in brackets after the source.
  if (lower[e] === '(' && lower[e + 2] === ')' && kind[e + 1] === WORD) e += 3;
  let apposition: string | null = null;
  if (lower[e] === ',') {
    for (let k = e + 1; k < e + MAX_APPOSITION && samePara(doc, e, k); k++) {
      // `"…," Jeff Weaver, Sanders’ campaign manager, said.`: a plural possessive's apostrophe is no quotation mark.
      if (kind[k] === QUOTE && !isPluralApostrophe(doc.tokens, k)) break;
      if (lower[k] === ',') { apposition = doc.text.slice(doc.tokens.start[e + 1], doc.tokens.end[k - 1]); e = k + 1; break; }
    }
  }
  const cue = cues.startingAt(e);
  // `"We found him." He said the man was safe.` — a new sentence with its own content is not the attribution.
  const newSentence = sent[j] !== sent[q.closeTok];
  // `"We did it!" Ruiz wrote on Facebook.`: after "!" or "?" the reporting clause is a sentence of its own.
  if (cue && (!newSentence || endsSentence(doc, cue.lastTok) || closesWithAdjunct(doc, cue))) return { cue, phrase: subject, apposition, cueBefore: false };
  const long = longTitle();
  if (long) return long;
  const startsParagraph = q.openTok === 0 || para[q.openTok - 1] !== q.para;
  const after = subject.last + 1;
  if (startsParagraph && (after >= doc.tokens.length || para[after] !== q.para || (lower[after] === ',' && kind[subject.last + 2] === QUOTE))) {
    return { cue: null, phrase: subject, apposition: null, cueBefore: false };
  }
  return null;
}

/** `"The rain never came," as one farmer put it.`: a reporting clause opened by "as" that closes the sentence. */
function reportingAsClause(doc: Doc, q: QuoteSpan, j: number, cues: CueIndex): QuoteAttribution | null {
  const { lower, sent } = doc.tokens;
  if (lower[j] !== 'as' || !(lower[j - 1] === ',' || /,$/.test(q.text)) || sent[j + 1] !== sent[j]) return null;
  const phrase = phraseAt(doc, j + 1);
  const cue = phrase ? cues.startingAt(phrase.last + 1) : undefined;
  if (!phrase || !cue || !(endsSentence(doc, cue.lastTok) || closesWithAdjunct(doc, cue))) return null;
  return { cue, phrase, apposition: null, cueBefore: false };
}
