/**
 * Requests and questions: "urged the government [to act]", "expressed hope [that …]" (an infinitive or
 * that-clause after a hearer), "asked officials [how the papers wound up on the street]" (a wh-clause).
 */
import type { Doc } from '../doc';
import { phraseStartingAt } from '../mentions/np';
import { DETERMINERS } from '../mentions/lexicon';
import { clauseEnd } from './clauseEnd';
import { relativeThat } from './contentStart';
import { AUX, COMMON_VERBS } from './verbWords';
import { VERB_FORMS } from '../cues/lexicon';
import { WORD } from '../text/tokenTable';

interface Content {
  readonly first: number;
  readonly last: number;
}

const WH = new Set(['how', 'why', 'whether', 'if', 'what', 'when', 'where', 'who', 'which']);

/** "urged the government to act" / "expressed hope that …": the infinitive or that-clause after an object. */
export function requestContent(doc: Doc, i: number, b: number, isCueAt: (t: number) => boolean): Content | null {
  let k = i;
  // "pleaded not guilty to all charges", "appealed to the public to help": "to" before a noun phrase is no infinitive.
  const infinitive = (t: number) => doc.tokens.lower[t] === 'to' && doc.tokens.cap[t + 1] !== 1 && !DETERMINERS.has(doc.tokens.lower[t + 1] ?? '') && !toBarePluralHearer(doc, t);
  // "advised the court on April 9, 2009 to …": the comma inside a date does not end the hearer's adjunct.
  const stops = (t: number) => infinitive(t) || doc.tokens.lower[t] === 'that' || (doc.tokens.lower[t] === ',' && !dateComma(doc, t));
  while (k <= b && k < i + 12 && !stops(k)) k++;
  if (k > b || k >= i + 12 || doc.tokens.lower[k] === ',' || relativeThat(doc, k)) return null;
  // "called for a ban on advertising in order to protect children", "so as to avoid …": a purpose of the act, not the request.
  if (purposeInfinitive(doc, k)) return null;
  // "urged the public not to approach him": the negation belongs to the request.
  const from = doc.tokens.lower[k] === 'that' ? k + 1 : doc.tokens.lower[k - 1] === 'not' && k - 1 > i ? k - 1 : calledUpon(doc, i, k) ? i : k;
  if (from > b) return null;
  const last = clauseEnd(doc, from, isCueAt);
  return last >= from ? { first: from, last } : null;
}

/** Forms of "call" whose "for"/"on" takes the one asked to act with the request ("called on the city to …"). */
const CALL = new Set(['call', 'calls', 'called', 'calling']);

/**
 * "called for the United States to step up its efforts", "called on Sarkozy to keep working": after "call
 * for/on", the noun phrase before the infinitive is the request's own subject (what was called for is the
 * city closing the road), so the content runs from it; "urged residents to stay home" keeps its hearer out.
 */
function calledUpon(doc: Doc, i: number, k: number): boolean {
  const { lower } = doc.tokens;
  return k > i && (lower[i - 1] === 'for' || lower[i - 1] === 'on') && CALL.has(lower[i - 2] ?? '') && lower[k] === 'to';
}

/** Longest object walked over before its infinitive ("the United States to …"). */
const MAX_OBJECT = 12;

/**
 * Whether words from token `i` (the one called upon: a determiner or a capitalised word first) reach "to" and a
 * lowercase verb within MAX_OBJECT words and the sentence end `b`: "the city to close", "the state to pay".
 */
export function infinitiveAfterObject(doc: Doc, i: number, b: number): boolean {
  const { lower, kind, cap } = doc.tokens;
  if (!DETERMINERS.has(lower[i]) && cap[i] !== 1) return false;
  for (let k = i + 1; k <= b && k < i + MAX_OBJECT; k++) {
    if (lower[k] === 'to') return k + 1 <= b && kind[k + 1] === WORD && cap[k + 1] !== 1 && !DETERMINERS.has(lower[k + 1]);
    if (kind[k] !== WORD && lower[k] !== '.' && lower[k] !== "'s" && lower[k] !== '’s') return false;
  }
  return false;
}

/** Whether the "to" at token `t` ends "in order to" or "so as to". */
function purposeInfinitive(doc: Doc, t: number): boolean {
  const lower = doc.tokens.lower;
  return (lower[t - 1] === 'order' && lower[t - 2] === 'in') || (lower[t - 1] === 'as' && lower[t - 2] === 'so');
}

/** Whether the comma at token `t` stands between a day and a year ("April 9, 2009"). */
function dateComma(doc: Doc, t: number): boolean {
  const lower = doc.tokens.lower;
  return /^\d{1,2}$/.test(lower[t - 1] ?? '') && /^\d{4}$/.test(lower[t + 1] ?? '');
}

/** "not to …" or "to" + a lowercase word that is no determiner: an infinitive straight after the verb. */
export function selfRequest(doc: Doc, i: number): boolean {
  const { lower, cap } = doc.tokens;
  if (lower[i] === 'not') return lower[i + 1] === 'to';
  return lower[i] === 'to' && cap[i + 1] !== 1 && !DETERMINERS.has(lower[i + 1]) && !toBarePluralHearer(doc, i);
}

/** "appealed to residents to leave": "to", a bare plural hearer, then the request's own "to". */
function toBarePluralHearer(doc: Doc, t: number): boolean {
  const { lower, kind, cap } = doc.tokens;
  const noun = lower[t + 1] ?? '';
  return lower[t] === 'to' && kind[t + 1] === WORD && cap[t + 1] !== 1 && noun.length > 3 && noun.endsWith('s') && !VERB_FORMS.has(noun) && lower[t + 2] === 'to';
}

/** "asked government officials how such documents wound up on the street": a hearer, then a wh-clause. */
export function questionContent(doc: Doc, i: number, b: number, isCueAt: (t: number) => boolean): Content | null {
  const hearer = phraseStartingAt(doc, i);
  const k = hearer ? hearer.last + 1 : i;
  if (k > b || !WH.has(doc.tokens.lower[k])) return null;
  const last = clauseEnd(doc, k, isCueAt);
  return last > k ? { first: k, last } : null;
}


const YES_NO = new Set(['if', 'whether']);

/**
 * "asked both the minister, and the mayor if they were concerned", "asked Mr Rumsfeld whether Brazil is ready":
 * a yes/no question opens at its "if"/"whether" after the hearers (names, commas, "and"; no verb between).
 */
export function yesNoQuestion(doc: Doc, i: number, b: number, isCueAt: (t: number) => boolean): Content | null {
  const { lower, kind } = doc.tokens;
  for (let k = i; k <= b && k < i + 14; k++) {
    if (YES_NO.has(lower[k])) {
      const last = clauseEnd(doc, k, isCueAt);
      return last > k ? { first: k, last } : null;
    }
    const form = VERB_FORMS.get(lower[k])?.inflection;
    if ((kind[k] !== WORD && lower[k] !== ',') || lower[k] === 'that' || lower[k] === 'to' || AUX.has(lower[k]) || COMMON_VERBS.has(lower[k]) || form === 'past' || form === 's') return null;
  }
  return null;
}

/** Verbs whose "whether" clause is the question put (asked whether …, wondered whether …). */
const QUESTION_LEMMAS = new Set(['ask', 'inquire', 'enquire', 'question', 'wonder', 'query']);

/**
 * "could reveal whether the water is safe", "did not, however, say whether …": after a verb that asks nothing, a
 * "whether" clause is an open question the source leaves unanswered, so no content is stated.
 */
export function unaskedWhether(doc: Doc, i: number, lemma: string): boolean {
  return doc.tokens.lower[i] === 'whether' && !QUESTION_LEMMAS.has(lemma) && !whetherSubject(doc, i);
}

/** Verdicts on an open question that make a "whether" clause the subject ("whether the ship sank was unclear"). */
const OPEN_VERDICTS = new Set(['unclear', 'unknown', 'uncertain', 'undecided', 'doubtful', 'open']);
/** Tokens read after "whether" for its verdict. */
const MAX_WHETHER = 20;

/** "said whether the ship sank was unclear": a "whether" clause that is the subject of a verdict is stated. */
function whetherSubject(doc: Doc, i: number): boolean {
  const { lower, sent } = doc.tokens;
  for (let k = i + 2; k <= i + MAX_WHETHER && k < lower.length && sent[k] === sent[i]; k++) {
    if (OPEN_VERDICTS.has(lower[k]) && /^(?:is|was|remains|remained|seems|seemed|be|not)$/.test(lower[k - 1])) return true;
  }
  return false;
}
