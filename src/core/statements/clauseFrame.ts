/**
 * Two more places where a content clause stops:
 *   - a negated or refused cue coordinated after it is the writer's report that more was not said:
 *     "The minister said that talks had begun, but he would not say when they would end." reports only
 *     "talks had begun";
 *   - a reporting clause set inside a subordinate frame — a non-restrictive relative ("Despite objections from
 *     residents, who said the tower was too tall, the plan went ahead.") or a fronted subordinate clause
 *     ("Although the firm said sales were strong, its shares fell.") — has its content end at the comma that
 *     hands over to the sentence's main clause.
 */
import type { Doc } from '../doc';
import { WORD } from '../text/tokenTable';
import { endsInSingleS } from '../text/pluralSpelling';
import { isClause } from './clause';
import { VERB_FORMS } from '../cues/lexicon';
import { REFUSALS } from '../cues/negation';

const NEGATING_AUXILIARIES = new Set(['did', 'does', 'do', 'would', 'could', 'will', 'can', 'has', 'have', 'had']);
/** Cue lemmas whose negation says that no more was said: "would not say", "declined to confirm". */
const WITHHOLDING = new Set(['say', 'comment', 'confirm', 'elaborate', 'specify', 'disclose', 'reveal', 'explain', 'give', 'discuss', 'detail', 'indicate', 'answer', 'respond', 'speculate', 'deny', 'clarify', 'provide', 'offer', 'name', 'identify']);
/** "…, but gave no details", "…, but offered no timeline": a withholding verb with "no" before its object. */
const GIVING_NONE = new Set(['gave', 'offered', 'provided', 'cited']);
const MAX_SUBJECT = 4;
/** Words opening a fronted subordinate clause whose reporting verb is not the sentence's main one. */
const FRAME_OPENERS = new Set(['although', 'though', 'while', 'whilst', 'whereas', 'despite', 'as', 'after', 'because', 'since', 'when', 'even', 'if', 'once']);
const SUBJECT_OPENERS = new Set(['the', 'a', 'an', 'this', 'these', 'those', 'his', 'her', 'its', 'their', 'our', 'he', 'she', 'they', 'it', 'we', 'i', 'there', 'many', 'some', 'most', 'no']);
const MAX_LOOKBACK = 12;

/**
 * Whether the words from token `k` (after ", but" / ", and") are a short subject and a negated or refused cue:
 * "he did not say", "a spokesman declined to say", "officials would not confirm", or no subject at all: "…, but
 * did not give figures", "…, but gave no details".
 */
export function negatedCue(doc: Doc, k: number): boolean {
  const { lower, kind } = doc.tokens;
  // A negated cue is no cue of its own, so the lexicon decides; only verbs of withholding more words count:
  // "…, but did not say when" ends the content; "Critics said the firm knew of the risks but did not report
  // them" keeps its second conjunct ("report" there is the firm's act).
  // Some of them are no cue words ("give", "elaborate"), so the bare word counts as well.
  const cueWord = (t: number) => WITHHOLDING.has(VERB_FORMS.get(lower[t])?.lemma ?? '') || WITHHOLDING.has(lower[t]);
  for (let j = k + 1; j <= k + MAX_SUBJECT && j + 2 < doc.tokens.length; j++) {
    if (kind[j] !== WORD) return false;
    const negated = NEGATING_AUXILIARIES.has(lower[j]) && (lower[j + 1] === 'not' || lower[j + 1] === "n't");
    if (negated) return cueWord(j + 2);
    if (GIVING_NONE.has(lower[j]) && lower[j + 1] === 'no') return true;
    if (REFUSALS.has(lower[j])) return lower[j + 1] === 'to' && cueWord(j + 2);
  }
  return false;
}

/**
 * Whether the reporting clause before content token `from` sits in a subordinate frame: a ", who" / ", which"
 * relative shortly before it, or a sentence opened by a subordinator with no comma up to the content.
 */
export function inSubordinateFrame(doc: Doc, from: number): boolean {
  const { lower, sent } = doc.tokens;
  const first = doc.sentStart[from];
  for (let k = from - 1; k >= first && k >= from - MAX_LOOKBACK; k--) {
    if (lower[k] !== ',') continue;
    return (lower[k + 1] === 'who' || lower[k + 1] === 'which') && sent[k] === sent[from];
  }
  return from - first <= MAX_LOOKBACK * 2 && FRAME_OPENERS.has(lower[first]) && noCommaBetween(doc, first, from);
}

function noCommaBetween(doc: Doc, a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (doc.tokens.lower[k] === ',') return false;
  return true;
}

/** Words ending in "s" that are no plural noun: ", as well as …", ", unless …", ", perhaps …". */
const NOT_PLURAL = new Set(['unless', 'perhaps', 'thus', 'whereas', 'besides', 'always', 'nevertheless', 'regardless', 'nonetheless', 'sometimes', 'afterwards', 'towards', 'across', 'plus', 'less']);

function barePlural(word: string): boolean {
  return word.length > 3 && endsInSingleS(word) && !NOT_PLURAL.has(word) && !VERB_FORMS.has(word);
}

/** Whether the comma at `comma` hands over to a main clause: a subject (a pronoun, determiner, name or bare plural) and its verb. */
export function mainClauseAfter(doc: Doc, comma: number): boolean {
  const { lower, cap, kind } = doc.tokens;
  const j = comma + 1;
  if (kind[j] !== WORD) return false;
  if (!SUBJECT_OPENERS.has(lower[j]) && cap[j] !== 1 && !barePlural(lower[j])) return false;
  return isClause(doc, j, doc.sentEnd[comma]);
}

/**
 * The ")" closing an abbreviation in brackets at token `open` that ends the sentence, else -1: "said the
 * results went to the Civil Aviation Authority (CAA)." keeps the abbreviation as part of the name before it.
 */
export function closingAbbreviation(doc: Doc, open: number): number {
  const { lower, kind, start, end, sent } = doc.tokens;
  if (lower[open] !== '(' || lower[open + 2] !== ')' || kind[open + 1] !== WORD) return -1;
  const word = doc.text.slice(start[open + 1], end[open + 1]);
  if (!/^[A-Z][A-Z0-9&-]+$/.test(word)) return -1;
  const after = open + 3;
  return after >= doc.tokens.length || sent[after] !== sent[open] && kind[after] === WORD || /^[.!?]$/.test(lower[after] ?? '') ? open + 2 : -1;
}
