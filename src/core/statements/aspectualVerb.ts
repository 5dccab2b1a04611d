/**
 * A participle cue after a verb of beginning or continuing is that verb's complement, so its source is the
 * subject of that verb: "The talks ended Monday as more senators have begun urging the party to move on" →
 * more senators (not the opening clause's subject, nor "Monday"); "Critics kept saying the plan would fail".
 */
import type { CueSpan } from '../cues';
import type { Doc } from '../doc';
import { phraseEndingAt, type Phrase } from '../mentions/np';
import { SUBJECT_PRONOUNS } from '../mentions/lexicon';
import { AUX, CATENATIVES } from './verbWords';

/** The verbs of beginning or going on (verbWords.ts), and "resume". */
const ASPECTUAL: ReadonlySet<string> = new Set([...CATENATIVES, 'resume', 'resumes', 'resumed']);
const BETWEEN = new Set(['also', 'already', 'now', 'recently', 'quickly', 'soon', 'since', 'even', 'not', 'never', 'just']);
const MAX_BETWEEN = 3;
const SUBORDINATORS = new Set(['as', 'while', 'when', 'after', 'since', 'because']);

export function subjectBeforeAspectual(doc: Doc, cue: CueSpan, floor: number): Phrase | null {
  const lower = doc.tokens.lower;
  if (cue.inflection !== 'ing' || !ASPECTUAL.has(lower[cue.firstTok - 1] ?? '')) return null;
  let j = cue.firstTok - 2;
  for (let n = 0; n < MAX_BETWEEN && j >= floor && (AUX.has(lower[j]) || BETWEEN.has(lower[j])); n++) j--;
  if (j < floor) return null;
  if (SUBJECT_PRONOUNS.has(lower[j])) return { first: j, last: j };
  const phrase = phraseEndingAt(doc, j, floor);
  if (!phrase) return null;
  // The phrase walk may run on over a subordinator ("ended Thursday as many senators"): the subject follows it.
  for (let k = phrase.last - 1; k > phrase.first; k--) if (SUBORDINATORS.has(lower[k])) return phraseEndingAt(doc, j, k + 1);
  return phrase;
}
