/**
 * A participle cue joined by "and" to the participle of a "with" clause shares its subject: "Critics were quick
 * to respond, with Ana Ruiz tweeting that it was a "disaster" and asking, "…?"" → Ana Ruiz asks (not the
 * sentence's subject, "Critics"). The "with" phrase must be followed right away by its own "-ing" verb.
 */
import type { CueSpan } from '../cues';
import type { Doc } from '../doc';
import { phraseStartingAt, type Phrase } from '../mentions/np';

const REACH = 30;

export function subjectOfWithClause(doc: Doc, cue: CueSpan, floor: number): Phrase | null {
  const { lower } = doc.tokens;
  if (cue.inflection !== 'ing') return null;
  let j = cue.firstTok - 1;
  if (lower[j] !== 'and') return null;
  for (j--; j > floor && j >= cue.firstTok - REACH; j--) {
    if (lower[j] === 'and' || lower[j] === ';') return null;
    if (lower[j] !== 'with') continue;
    const phrase = phraseStartingAt(doc, j + 1);
    const verb = phrase ? lower[phrase.last + 1] ?? '' : '';
    return phrase && verb.length > 4 && verb.endsWith('ing') ? phrase : null;
  }
  return null;
}
