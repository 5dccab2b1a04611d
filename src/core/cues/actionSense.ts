/**
 * Cue verbs naming an act, not words: "Intel denied AMD access to the consortium", "the court denied the
 * request" (deny someone a thing, or a request: a refusal, while "denied AMD was involved" and "denied AMD's
 * claims" report a denial), "Intel responded by withholding the rebate" (a response made by doing something) and
 * "the coach thanked the crowd" (a courtesy to someone, while "thanked the crews for their quick response" says
 * what was done well).
 */
import type { Doc } from '../doc';
import { isStopWord } from '../mentions/lexicon';
import { QUOTE, WORD } from '../text/tokenTable';
import { VERB_FORMS } from './lexicon';
import data from '../data/cues.json';

const REFUSALS: ReadonlySet<string> = new Set(data.refusals);

const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'us', 'me', 'you']);
const THING_START = new Set(['a', 'an', 'the', 'any']);

/** "denied AMD access", "denied him a visa": a person object, then the thing refused. */
function refusesThing(doc: Doc, i: number): boolean {
  const { lower, cap, kind } = doc.tokens;
  let k = i + 1;
  if (OBJECT_PRONOUNS.has(lower[k])) k++;
  else if (cap[k] === 1 && kind[k] === WORD) { while (cap[k + 1] === 1 && kind[k + 1] === WORD) k++; k++; }
  else return false;
  const word = lower[k] ?? '';
  if (kind[k] !== WORD || cap[k] === 1 || word === "'s" || word === '’s') return false;
  return THING_START.has(word) || (!isStopWord(word) && !VERB_FORMS.has(word) && !word.endsWith('ed'));
}

/** "denied the request", "denied bail": a refusal of the thing named (data/cues.json refusals). */
function refusesRequest(doc: Doc, i: number): boolean {
  const lower = doc.tokens.lower;
  const k = /^(?:the|a|an|his|her|their|its)$/.test(lower[i + 1] ?? '') ? i + 2 : i + 1;
  return REFUSALS.has(lower[k] ?? '');
}

/** Words after "appeal to NP" that make it a request: "to" (act), "for" (thing), a colon, a that-clause. */
const REQUEST_AFTER_HEARER = new Set(['to', 'for', ':', 'that', 'not']);
const MAX_HEARER = 15;

/**
 * "The movement appeals to the "bad angels" of human nature", "appeals to voters who are angry": "appeal to"
 * with no act or thing asked after the hearer is being attractive to it, not an appeal ("appealed to residents
 * to stay home", "appealed to them for calm").
 */
function attractsHearer(doc: Doc, i: number): boolean {
  const { lower, sent } = doc.tokens;
  if (lower[i + 1] !== 'to') return false;
  for (let k = i + 2; k < doc.tokens.length && k <= i + MAX_HEARER && sent[k] === sent[i]; k++) if (REQUEST_AFTER_HEARER.has(lower[k])) return false;
  return true;
}

/** How far after "thanked" the "for" of a reason, or a quotation, may stand (the person thanked between). */
const MAX_THANKED = 10;

/**
 * "The coach thanked the crowd.", "thanked his family and friends": thanks with no reason given are a
 * courtesy, not a report; "thanked the volunteers for their work" and "thanked the "many people who …"" say
 * something (the annotators mark 5 of 6 "thanked X for Y" in the development sets, and no bare "thanked X").
 */
function thanksOnly(doc: Doc, i: number): boolean {
  const { lower, kind, sent } = doc.tokens;
  for (let k = i + 1; k <= i + MAX_THANKED && k < doc.tokens.length && sent[k] === sent[i]; k++) {
    if (lower[k] === 'for' || kind[k] === QUOTE) return false;
    if (lower[k] === ';' || (lower[k] === 'and' && lower[k - 1] === ',')) break;
  }
  return true;
}

export function isActionSense(doc: Doc, i: number, lemma: string): boolean {
  const lower = doc.tokens.lower;
  if (lemma === 'deny') return refusesThing(doc, i) || refusesRequest(doc, i);
  if (lemma === 'respond' || lemma === 'reply') return lower[i + 1] === 'by' && (lower[i + 2] ?? '').endsWith('ing');
  if (lemma === 'appeal') return attractsHearer(doc, i);
  if (lemma === 'thank') return thanksOnly(doc, i);
  return false;
}
