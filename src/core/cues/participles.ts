/**
 * Participles of cue verbs that are no cue, and one that is:
 *   "a young woman alleged to have been donated", "a man said to be the leader" (a passive "to be / to have");
 *   "cultural references criticized as appropriation" (a past form right before "as" after a noun: the active
 *   verb has its object between, "critics described the plan as …", unless the object is fronted: "the
 *   operation, which the authorities described as …");
 *   "when asked about the inquiry" (an elliptical passive after a subordinator);
 *   "The paper quoted a police officer as saying …" (the active quoting frame: "saying" is a cue).
 */
import type { Doc } from '../doc';
import { WORD } from '../text/tokenTable';
import { VERB_FORMS, type Frame } from './lexicon';

/** Words before a past form that make it a finite verb with "as" ("he described as", "has described as"). */
const SUBJECT_OR_AUX = /^(?:he|she|it|they|we|i|you|who|has|have|had|and|or|but|will|would|should|can|could|may|might|must|did|does|do|people|men|women|police|media|children)$/;

/** Subordinators before an elliptical passive ("when asked", "if pressed", "unless told", "once informed"). */
const ELLIPTICAL = new Set(['when', 'if', 'unless', 'once', 'whenever', 'until', 'though', 'although', 'while']);

/** The active quoting verbs of "quoted a police officer as saying", "citing officials as saying". */
export const QUOTING_VERBS: ReadonlySet<string> = new Set(['quoted', 'quotes', 'quoting', 'cited', 'cites', 'citing']);

/** Whether a relative or "what" within four words before token `i` stands for the verb's object. */
function frontedObject(doc: Doc, i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 4 && doc.tokens.sent[k] === doc.tokens.sent[i]; k--) if (/^(?:what|which|that|whom)$/.test(doc.tokens.lower[k])) return true;
  return false;
}

/** Whether the past form at token `i` is a participle, not the verb of a clause (`prev`: the word before it). */
export function isParticiple(doc: Doc, i: number, frames: ReadonlySet<Frame>, prev: number): boolean {
  const { lower, kind, cap } = doc.tokens;
  // "a man said to be 45", "reported to have fled": a passive participle; a verb whose content is an infinitive
  // is active there ("Nor claimed to have spoken with the crew", "vowed to be back").
  if (lower[i + 1] === 'to' && (lower[i + 2] === 'be' || lower[i + 2] === 'have') && !frames.has('infinitive')) return true;
  // "who told Congress when asked about the inquiry: …", "if pressed": a subordinator straight before a past form
  // leaves out "he was", so the form is passive (a finite verb would need its subject).
  if (prev === i - 1 && ELLIPTICAL.has(lower[prev])) return true;
  if (!frames.has('description') || lower[i + 1] !== 'as' || prev < 0) return false;
  return kind[prev] === WORD && cap[prev] !== 1 && !SUBJECT_OR_AUX.test(lower[prev]) && !frontedObject(doc, i);
}

/**
 * "The paper quoted a police officer as saying …", "citing officials as saying …", "cites unnamed sources as
 * claiming that …": the active quoting frame, with "saying" or any "-ing" form of a verb that takes a clause.
 * "is on the record as stating that …", "went on record as saying …": the subject's own public statement.
 */
export function quotedAsSaying(doc: Doc, i: number): boolean {
  const { lower, sent } = doc.tokens;
  if (lower[i - 1] !== 'as' || !reportingIng(lower[i])) return false;
  if (lower[i - 2] === 'record' && (lower[i - 3] === 'on' || (lower[i - 3] === 'the' && lower[i - 4] === 'on'))) return true;
  for (let k = i - 2; k >= 0 && k >= i - 10 && sent[k] === sent[i]; k--) if (QUOTING_VERBS.has(lower[k])) return true;
  return false;
}

/** "saying", "claiming", "stating": the "-ing" form of a verb of the lexicon that takes a content clause. */
function reportingIng(word: string): boolean {
  const form = VERB_FORMS.get(word);
  return word === 'saying' || (form !== undefined && form.inflection === 'ing' && form.frames.has('clause'));
}
