/**
 * "Asked about his future, Tomas Berg smiled. "I will be here next year."": a sentence opened by a question
 * put to someone ("Asked …,", "When asked …,", "Pressed on …,") has no subject of its own; the one asked is
 * the subject of the clause after the comma, and the quotation that follows is that person's answer.
 */
import type { CueSpan } from '../cues';
import type { Doc } from '../doc';
import type { Phrase } from '../mentions/np';
import { clauseSubject } from './clauseSubject';
import { QUESTIONED } from './verbWords';

export function subjectAfterFrontedQuestion(doc: Doc, cue: CueSpan): Phrase | null {
  const { lower, sent } = doc.tokens;
  const start = doc.sentStart[cue.verbTok];
  const opens = cue.verbTok === start || (cue.verbTok === start + 1 && lower[start] === 'when');
  if (!opens || !QUESTIONED.has(lower[cue.verbTok])) return null;
  // The clause after the fronted question: its subject, read from its last token.
  const end = doc.sentEnd[cue.verbTok];
  let comma = -1;
  for (let k = cue.lastTok + 1; k < end && sent[k] === sent[cue.verbTok]; k++) if (lower[k] === ',') { comma = k; break; }
  if (comma < 0 || end - 1 <= comma + 1) return null;
  const phrase = clauseSubject(doc, end - 1);
  return phrase && phrase.first > comma ? phrase : null;
}
