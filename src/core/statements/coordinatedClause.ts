/**
 * A speech participle after a second clause joined by "and"/"but" belongs to that clause: "Lena Cho is entitled
 * to compensation and numerous people have come forward claiming to be her relatives" (the people claim),
 * "The mayor left early, and several residents stayed behind, saying …", "The ministry cut the budget and the
 * union responded by saying …". The sentence's first subject is no source then. Not a joint subject ("Ana Ruiz
 * and Tom Reed left, saying …": no verb before "and").
 */
import type { Doc } from '../doc';
import { phraseStartingAt, type Phrase } from '../mentions/np';
import { SUBJECT_PRONOUNS } from '../mentions/lexicon';
import { VERB_FORMS } from '../cues/lexicon';
import { WORD } from '../text/tokenTable';
import { clauseSubject } from './clauseSubject';
import { AUX, COMMON_VERBS, IRREGULAR_PAST } from './verbWords';

/** How far back from the participle the joining word may stand (tokens). */
const REACH = 30;

/** A finite verb at token `k`: an auxiliary, a common verb, an irregular past or an "-ed" form. */
function finiteAt(doc: Doc, k: number): boolean {
  const { lower, kind, cap } = doc.tokens;
  const w = lower[k];
  if (kind[k] !== WORD || cap[k] === 1) return false;
  const cue = VERB_FORMS.get(w);
  return AUX.has(w) || COMMON_VERBS.has(w) || IRREGULAR_PAST.has(w) || (cue !== undefined && cue.inflection !== 'ing' && cue.inflection !== 'base') || (w.length > 4 && w.endsWith('ed'));
}

/** The subject of the clause joined by "and"/"but" before the participle at token `cue`, or null. */
export function coordinatedClauseSubject(doc: Doc, cue: number, floor: number): Phrase | null {
  const { lower } = doc.tokens;
  const first = clauseSubject(doc, cue);
  if (!first) return null;
  for (let t = cue - 1; t > first.last + 1 && t >= cue - REACH && t > floor; t--) {
    if (lower[t] !== 'and' && lower[t] !== 'but') continue;
    // A verb of the first clause before the joining word: two clauses, not a joint subject.
    let verb = false;
    for (let k = first.last + 1; k < t && !verb; k++) verb = finiteAt(doc, k);
    if (!verb) return null;
    const subject = SUBJECT_PRONOUNS.has(lower[t + 1]) ? { first: t + 1, last: t + 1 } : phraseStartingAt(doc, t + 1);
    if (!subject || subject.last + 1 >= cue) continue;
    let v = subject.last + 1;
    while (v < cue && (lower[v] === 'also' || lower[v] === 'then' || lower[v] === 'later')) v++;
    return finiteAt(doc, v) ? subject : null;
  }
  return null;
}
