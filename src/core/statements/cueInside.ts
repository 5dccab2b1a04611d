/**
 * A reporting clause set in commas after an opening that is not the reported clause's subject:
 *   after a fronted adverbial: "After midnight, she testified, she was locked in a van." ·
 *   after an expletive or copular opening: "It is likely, economists predict, that fuel prices will rise."
 * As with a parenthesis after the subject (parenthetical.ts), the source reports the whole sentence: the
 * adverbial dates or places the content, and "it is likely" is part of what was predicted. The statement runs
 * from the sentence's start to the end of the clause after the parenthesis.
 */
import type { CueSpan } from '../cues';
import type { Doc } from '../doc';
import { WORD } from '../text/tokenTable';
import { phraseStartingAt } from '../mentions/np';
import { isClause } from './clause';
import { clauseEnd } from './clauseEnd';
import { AUX, BE_FORMS } from './verbWords';
import { SUBJECT_PRONOUNS } from '../mentions/lexicon';
import { asCueContent } from './asCue';

/** How many words the source before the cue may have ("the witness Omar Haddad"). */
const MAX_SOURCE = 5;
/** How many words the opening before the parenthesis may have. */
const MAX_OPENING = 8;
/** Words that open a fronted adverbial of time, place, cause or manner. */
const ADVERBIAL_OPENERS = new Set(['in', 'on', 'at', 'by', 'since', 'until', 'during', 'after', 'before', 'for', 'from', 'within', 'without', 'under', 'over', 'despite', 'as', 'between', 'throughout', 'amid', 'unlike', 'last', 'next', 'this', 'every', 'later', 'earlier', 'yesterday', 'today', 'then', 'now', 'eventually', 'finally', 'afterwards', 'initially', 'meanwhile', 'overall']);
/** Subordinators opening a fronted time or condition clause ("When she reached the desk, she said, …"). */
const SUBORDINATE_OPENERS = new Set(['when', 'if', 'while', 'whilst', 'although', 'though', 'because', 'once', 'unless', 'whereas']);
/** How many words a fronted subordinate clause before the parenthesis may have. */
const MAX_SUBORDINATE = 20;
/** Words that may stand before a fronted adverbial: a conjunction or a focusing adverb ("But later", "Even then"). */
const LEAD_INS = new Set(['but', 'and', 'yet', 'so', 'even', 'still']);
/** Openers of a prepositional adverbial ("At one point", "In his town"). */
const PREPOSITIONAL_OPENERS = new Set(['in', 'on', 'at', 'by', 'during', 'after', 'before', 'for', 'within', 'under', 'over', 'amid', 'throughout']);
/** Verbs of a copular opening before a "that" clause: "It is likely", "It seems certain". */
const COPULAR = new Set([...BE_FORMS, 'seems', 'seemed', 'appears', 'appeared', 'remains', 'remained']);

/** Whether tokens [from, to] hold no auxiliary, no "-ed" form and no subject pronoun: a preposition's object. */
function noVerbOrSubject(doc: Doc, from: number, to: number): boolean {
  const lower = doc.tokens.lower;
  for (let k = from; k <= to; k++) if (AUX.has(lower[k]) || lower[k].endsWith('ed') || SUBJECT_PRONOUNS.has(lower[k])) return false;
  return true;
}

/** The first token after the cue's comma (past a hearer: "she told the court, …"), or -1. */
function afterParenthesis(doc: Doc, cue: CueSpan): number {
  const lower = doc.tokens.lower;
  if (lower[cue.lastTok + 1] === ',') return cue.lastTok + 2;
  const hearer = cue.frames.has('object') ? phraseStartingAt(doc, cue.lastTok + 1) : null;
  return hearer && hearer.last - hearer.first < 4 && lower[hearer.last + 1] === ',' ? hearer.last + 2 : -1;
}

/** The whole sentence when the cue is a parenthesis after a fronted adverbial or a copular opening, or null. */
export function clauseAroundCue(doc: Doc, cue: CueSpan, a: number, isCueAt: (t: number) => boolean): { first: number; last: number } | null {
  const { lower, kind, cap } = doc.tokens;
  // "ruled" takes only a "that" clause: the copular opening's shape below, not the adverbial's.
  const clauseFrame = cue.frames.has('clause') || cue.frames.has('object');
  if (cue.kind !== 'verb' || cue.inflection === 'ing' || !(clauseFrame || cue.frames.has('thatOnly')) || cue.firstTok !== cue.verbTok) return null;
  const next = afterParenthesis(doc, cue);
  const b = doc.sentEnd[cue.verbTok];
  if (next < 0 || next > b) return null;
  // The source: a few words back to the comma that closes the opening.
  let open = cue.firstTok - 1;
  while (open > a && open >= cue.firstTok - MAX_SOURCE && kind[open] === WORD) open--;
  // "When she reached the desk, she said, the forms were gone.": a subordinate clause may be longer.
  const subordinate = SUBORDINATE_OPENERS.has(lower[LEAD_INS.has(lower[a]) ? a + 1 : a]);
  if (lower[open] !== ',' || open === cue.firstTok - 1 || open - a < 1 || open - a > (subordinate ? MAX_SUBORDINATE : MAX_OPENING)) return null;
  for (let k = a; k < open; k++) if (isCueAt(k) || kind[k] !== WORD) return null;
  // "But ultimately, experts say, …", "Even then, others insist, …": a lead-in word before the adverbial.
  let s = a;
  while (s < open - 1 && LEAD_INS.has(lower[s])) s++;
  const opening = lower[s];
  // "At one point, she said, she was …": a preposition and its noun phrase is an adverbial, though the clause
  // test takes "one point" for a subject and its verb.
  const prepositional = PREPOSITIONAL_OPENERS.has(opening) && s + 1 < open && open - s <= 4 && noVerbOrSubject(doc, s + 1, open - 1);
  // "After midnight, she testified, she was locked in a van.": an adverbial, no clause, then a clause.
  const adverbial = (ADVERBIAL_OPENERS.has(opening) || (/ly$/.test(opening) && open - s === 1)) && (prepositional || !isClause(doc, s, open - 1));
  // "When she reached the desk, she said, the forms were gone.": the time or condition is part of what was said;
  // not "When asked about it, he said, …" (a participle after the subordinator narrates the saying).
  const fronted = subordinate && s === (LEAD_INS.has(lower[a]) ? a + 1 : a) && open - s >= 3 && !/(?:ed|ing)$/.test(lower[s + 1]);
  if ((adverbial || fronted) && clauseFrame && lower[next] !== 'that' && isClause(doc, next, b)) {
    const last = clauseEnd(doc, next, isCueAt);
    return last > next ? { first: a, last } : null;
  }
  // "It is likely, economists predict, that …": a short copular clause, then "that" and its clause.
  let copular = false;
  for (let k = a + 1; k < open; k++) if (COPULAR.has(lower[k])) copular = true;
  if (copular && cap[a] === 1 && lower[next] === 'that' && isClause(doc, next + 1, b)) {
    const last = clauseEnd(doc, next + 1, isCueAt);
    return last > next + 1 ? { first: a, last } : null;
  }
  return null;
}

/**
 * The content of a cue opening or interrupting its sentence when no comma follows the cue itself: "As the
 * ministry reported, …" (asCue.ts) and "Later, she told the court, the men took her phone." (a hearer before
 * the parenthesis's comma), null when an "as" clause reports nothing ("As he told it, …"), undefined when neither shape is there.
 */
export function contentAroundCue(doc: Doc, cue: CueSpan, a: number, b: number, isCueAt: (t: number) => boolean): { first: number; last: number } | null | undefined {
  const as = asCueContent(doc, cue, a, b, isCueAt);
  if (as !== undefined) return as;
  return (doc.tokens.lower[cue.lastTok + 1] !== ',' ? clauseAroundCue(doc, cue, a, isCueAt) : null) ?? undefined;
}
