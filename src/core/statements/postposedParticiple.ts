/**
 * Sources found across a participle: a participle after a postposed cue shares the source of that cue
 * (""…," Annan said, warning that …", "…, said Ann Lowe, adding that …"), and a relative after a document's
 * participle speaks for the document ("a BBC report released on Wednesday that claimed …").
 */
import type { Doc } from '../doc';
import { VERB_FORMS } from '../cues/lexicon';
import { phraseEndingAt, phraseStartingAt } from '../mentions/np';
import { statementAdjunct } from '../cues/extent';
import { SUBJECT_PRONOUNS } from '../mentions/lexicon';
import { QUOTE, WORD } from '../text/tokenTable';
import { DOCUMENT_NOUNS } from '../mentions/documentNouns';
import type { Phrase } from '../mentions/np';
import type { Subject } from './subject';
import { isPrepositionalAdjunct, isTrailingAdjunct } from './trailingPhrase';
import { afterTimeAdjunct } from './timeAdjunct';
import { subjectBeforeParenthetical } from './subjectBeforeComma';

const MAX_CUE_TAIL = 7;

/**
 * The postposed cue verb that closes with the comma at `comma`, past a short time adjunct, the medium or the
 * hearer of its cue ("…, police said on Tuesday, adding that …", "…, the mayor said in a statement, adding …",
 * "…, she told reporters on Monday, adding …"), or -1.
 */
function cueBeforeComma(doc: Doc, comma: number, floor: number): number {
  const { lower, kind } = doc.tokens;
  const isCue = (k: number) => ['past', 's'].includes(VERB_FORMS.get(lower[k])?.inflection ?? '');
  if (isCue(comma - 1)) return comma - 1;
  for (let v = comma - 2; v > floor && v >= comma - 1 - MAX_CUE_TAIL; v--) {
    if (kind[v] !== WORD) return -1;
    if (isCue(v)) return cueTail(doc, v, comma - 1) ? v : -1;
  }
  return -1;
}

/** Whether tokens (verb, last] are a time adjunct, a medium ("in a statement") or a hearer, then perhaps a time adjunct. */
function cueTail(doc: Doc, verb: number, last: number): boolean {
  const form = VERB_FORMS.get(doc.tokens.lower[verb]);
  const medium = statementAdjunct(doc, verb + 1);
  const hearer = form?.frames.has('object') ? phraseStartingAt(doc, verb + 1)?.last ?? -1 : -1;
  const from = medium > 0 ? verb + 1 + medium : hearer > verb ? hearer + 1 : verb + 1;
  if (from > last || isTrailingAdjunct(doc, from, last)) return true;
  // "…, Reed said Tuesday in Paris, noting …", "…, she said at a rally in Ohio, adding …": a time phrase, then
  // place adjuncts (each a preposition and a short noun phrase) up to the participle's comma.
  const timed = afterTimeAdjunct(doc, from);
  return timed > last || isPrepositionalAdjunct(doc, timed, last, true);
}

/** The source of the participle after `comma` (the comma before it), or null. */
export function sourceOfPostposedCue(doc: Doc, comma: number, floor: number): Subject | null {
  const { lower } = doc.tokens;
  const verb = cueBeforeComma(doc, comma, floor);
  if (verb >= 0 && verb - 1 >= floor) {
    const w = lower[verb - 1];
    const phrase = SUBJECT_PRONOUNS.has(w) ? { first: verb - 1, last: verb - 1 } : phraseEndingAt(doc, verb - 1, floor);
    // The cue is postposed: a quotation or a clause and its comma stand before its source.
    const opener = phrase ? phrase.first - 1 : -1;
    return phrase && (doc.tokens.kind[opener] === QUOTE || lower[opener] === ',') ? { phrase, apposition: null } : null;
  }
  const inverted = invertedBeforeComma(doc, comma, floor);
  const before = inverted ? VERB_FORMS.get(lower[inverted.first - 1]) : undefined;
  // "…, said Ann Lowe, adding", and with the comma inside the closing mark: "“…,” said Ann Lowe, adding".
  const closed = lower[inverted ? inverted.first - 2 : -1] === ',' || (doc.tokens.kind[inverted ? inverted.first - 2 : -1] === QUOTE && lower[inverted ? inverted.first - 3 : -1] === ',');
  if (!inverted || !before || !closed) return null;
  // "Twelve doctors, including Ana Costa, criticized the board, demanding …": only a verb of speech content
  // ("…, said Ann Lowe, adding") stands inverted after what was said; "criticized" is followed by its target.
  if (!before.frames.has('clause') && !before.frames.has('quoteOnly')) return null;
  // "Ana Ruiz, the campaign's vice chair, emailed supporters on Monday, telling them …": the comma before the
  // verb closes an apposition of the clause's subject, so the phrase after the verb is its object, no source.
  if (appositionOfSubject(doc, inverted.first - 2, floor)) return null;
  return { phrase: inverted, apposition: null };
}

/**
 * The phrase ending before the comma at `comma`, or the name before its apposition when a postposed verb
 * stands before the name: "“…,” said Ann Lowe, the party's chair in the county, adding …" → Ann Lowe.
 */
function invertedBeforeComma(doc: Doc, comma: number, floor: number): Phrase | null {
  const phrase = phraseEndingAt(doc, comma - 1, floor);
  if (!phrase || doc.tokens.lower[phrase.first - 1] !== ',') return phrase;
  const name = phraseEndingAt(doc, phrase.first - 2, floor);
  const verb = name ? VERB_FORMS.get(doc.tokens.lower[name.first - 1]) : undefined;
  return name && verb && doc.tokens.cap[name.last] === 1 && ['past', 's'].includes(verb.inflection) ? name : phrase;
}

/** Whether the comma at `comma` closes an apposition after the name that opens the sentence or a fronted phrase. */
function appositionOfSubject(doc: Doc, comma: number, floor: number): boolean {
  const subject = subjectBeforeParenthetical(doc, comma, floor);
  return subject !== null && subject.apposition !== null && (subject.phrase.first === floor || doc.tokens.lower[subject.phrase.first - 1] === ',');
}

const PARTICIPLES = /^(?:released|published|issued|posted|sent|written|aired|broadcast|filed|leaked|seen|obtained)$/;
const MAX_ADJUNCT = 5;

/** The document phrase before "<participle> <adjunct> that" (`relative`: the "that"/"which"), or null. */
export function documentBeforeParticiple(doc: Doc, relative: number, floor: number): Phrase | null {
  const lower = doc.tokens.lower;
  for (let p = relative - 1; p > floor && p >= relative - 1 - MAX_ADJUNCT; p--) {
    if (!PARTICIPLES.test(lower[p])) continue;
    const phrase = phraseEndingAt(doc, p - 1, floor);
    return phrase && DOCUMENT_NOUNS.has(lower[phrase.last]) ? phrase : null;
  }
  return null;
}
