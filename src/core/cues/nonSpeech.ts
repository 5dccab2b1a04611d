/**
 * Cue verbs in a sense that is not speech. "add" means "put in" when a place follows: "Earmarks added into
 * the bill included …", "the pork added in.", "iodine added to the food supply", or "on" as a particle; it reports speech when a
 * hearer, then words, follow ("added to CNN: …", "adding to the radio station that …") or a statement
 * adjunct does ("added in a statement that …"). "find" and "show" report only a body's or a document's findings.
 */
import type { Doc } from '../doc';
import { phraseStartingAt } from '../mentions/np';
import { QUOTE, WORD } from '../text/tokenTable';
import { statementAdjunct } from './extent';
import { beforeAdverbs } from './negation';
import { HEARERS, VERB_FORMS } from './lexicon';
import { REFLEXIVES } from '../mentions/lexicon';
import { isClaimOfPossession } from './claimAs';
import { isAskingForThing } from './askFor';
import { determinedFindingSource, findsAsSource } from './findingSource';
import { addsObjectToPlace } from './addedObject';

/** Words of a plea in court after "pleaded" ("pleaded guilty", "pleaded not guilty", "pleaded no contest"). */
const PLEAS = new Set(['guilty', 'innocent', 'no', 'nolo']);
const QUESTIONS = new Set(['question', 'questions']);
const PLACEMENT = new Set(['into', 'onto', 'to', 'up']);
const HEARER_WORDS = new Set(HEARERS.map((h) => h.split(' ').pop()!));

/** Whether "to" at token `to` names a hearer: a name or hearer noun, or a phrase followed by ":", "that" or a quotation. */
function hearerAfter(doc: Doc, to: number): boolean {
  const { cap, lower, kind } = doc.tokens;
  if (cap[to + 1] === 1 || HEARER_WORDS.has(lower[to + 1]) || HEARER_WORDS.has(lower[to + 2])) return true;
  const hearer = phraseStartingAt(doc, to + 1);
  if (!hearer) return false;
  const next = hearer.last + 1;
  return lower[next] === ':' || lower[next] === 'that' || kind[next] === QUOTE || (lower[next] === ',' && kind[next + 1] === QUOTE);
}

/** Whether "that" or a verb form of the lexicon stands at most four words before the verb at `i`, in its sentence. */
function citedInsideClause(doc: Doc, i: number): boolean {
  const { lower, kind, sent } = doc.tokens;
  for (let k = i - 1; k >= 0 && k >= i - 4 && sent[k] === sent[i] && kind[k] === WORD; k--) {
    if (lower[k] === 'that' || (k < i - 1 && VERB_FORMS.has(lower[k]))) return true;
  }
  return false;
}

/** Tokens looked at before and after a cue for a quotation it could report. */
const QUOTE_BEFORE = 8;
const QUOTE_AFTER = 16;

/** Whether a quotation mark or a colon stands near the cue at `i` in its sentence ('"…," she replied to …'). */
function quotationNear(doc: Doc, i: number): boolean {
  const { lower, kind, sent } = doc.tokens;
  for (let k = i - 1; k >= 0 && k >= i - QUOTE_BEFORE && sent[k] === sent[i]; k--) if (kind[k] === QUOTE) return true;
  for (let k = i + 1; k < doc.tokens.length && k <= i + QUOTE_AFTER && sent[k] === sent[i]; k++) if (kind[k] === QUOTE || lower[k] === ':') return true;
  return false;
}

export function isNonSpeechSense(doc: Doc, i: number, lemma: string): boolean {
  if (lemma === 'claim') return isClaimOfPossession(doc, i);
  if (lemma === 'ask') return isAskingForThing(doc, i);
  // "Smith, who pleaded guilty to fraud", "pleaded not guilty on Monday": a plea in court answers a charge; what
  // follows is the charge, not words of the pleader ("pleaded with the judge to …", "pleaded for calm" stay).
  if (lemma === 'plead') return PLEAS.has(doc.tokens.lower[i + 1] === 'not' ? doc.tokens.lower[i + 2] : doc.tokens.lower[i + 1]);
  if (lemma === 'find') return !findsAsSource(doc, i);
  // "The survey also showed that …", "County records show he donated …": "show" reports only a poll's, a study's
  // or a document's findings ("Footage showed …", "the results show …" are evidence, not anyone's words).
  // "said the survey shows that …": a finding inside somebody's statement is part of what they said.
  if (lemma === 'show') return !determinedFindingSource(doc, i) || citedInsideClause(doc, i);
  // "voters who identify as independents": "identify as" with no object, after the relative pronoun that is its
  // subject, is belonging to a group, not words about someone ("identified the man as Ali Khan", "leaders, who he
  // identified as "…"" describe).
  // "She boasts a 45-point lead", "the city boasts an airport": "boast" before an indefinite noun phrase is
  // having, not saying ("boasted that …", "boasted about …", "boasted on …" stay speech).
  if (lemma === 'boast') return /^(?:a|an)$/.test(doc.tokens.lower[i + 1] ?? '');
  // "donors who identified themselves as teachers": a reflexive before "as" after the relative pronoun is the same
  // belonging ("the man identified himself as an officer" to someone stays speech: no relative pronoun).
  if (lemma === 'identify') return (doc.tokens.lower[i + 1] === 'as' || (REFLEXIVES.has(doc.tokens.lower[i + 1]) && doc.tokens.lower[i + 2] === 'as')) && /^(?:who|that|which)$/.test(doc.tokens.lower[beforeAdverbs(doc, i)] ?? '');
  // "The governor answers a question as …", "answered questions from reporters": the object is the question put to
  // the source, not what the source said; the answer is not there ("answered that …" stays).
  if (lemma === 'answer') return QUESTIONS.has(doc.tokens.lower[i + 1]) || (/^(?:a|the|several|many|some|more|few|two|three|his|her|their)$/.test(doc.tokens.lower[i + 1] ?? '') && QUESTIONS.has(doc.tokens.lower[i + 2]));
  // "The minister responded to reports about the delays", "replied to the letter on Monday": what "to" names is
  // what the source answered, not its words; the answer follows elsewhere ("… by saying that …", a colon or a
  // quotation after the phrase, a hearer: "responded to reporters that …", or a quotation before the cue stay).
  if (lemma === 'respond' || lemma === 'reply') return doc.tokens.lower[i + 1] === 'to' && !hearerAfter(doc, i + 1) && !quotationNear(doc, i);
  if (lemma !== 'add') return false;
  const next = doc.tokens.lower[i + 1];
  if (next === 'to' && hearerAfter(doc, i + 1)) return false;
  if (PLACEMENT.has(next)) return true;
  // "has added two newspapers to its legal targets": an object, then its place (addedObject.ts).
  if (doc.tokens.kind[i + 1] === WORD && !PLACEMENT.has(next) && next !== 'that' && addsObjectToPlace(doc, i)) return true;
  // "the five minutes of stoppage time added on, …": "on" as a particle with nothing after it (not "added on
  // Monday that …", "added on Twitter").
  if (next === 'on' && doc.tokens.kind[i + 2] !== WORD) return true;
  return next === 'in' && statementAdjunct(doc, i + 1) === 0;
}
