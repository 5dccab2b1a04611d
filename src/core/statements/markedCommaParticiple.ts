/**
 * The source of a participle cue after a comma inside a closing quotation mark, read for indirect statements
 * only: "The mayor blamed the story on a “bad phone line,” saying reporters had twisted his words." US style
 * puts the comma inside the mark, so the word before the cue is the mark, not the comma the participle
 * readers expect (subjectAtLink.ts); the participle's source is the clause's subject, or the source of a
 * postposed cue ("“…,” said Ann Lowe, adding that …"). The quotation keeps its own reading: a term quoted by
 * the clause's subject ("talked up her “five-point plan,” promising …") is not made that subject's words.
 */
import type { CueSpan } from '../cues';
import type { Doc } from '../doc';
import { QUOTE } from '../text/tokenTable';
import { clauseSubject, sentenceStart } from './clauseSubject';
import { sourceOfPostposedCue } from './postposedParticiple';
import type { Subject } from './subject';

export function participleAfterMarkedComma(doc: Doc, cue: CueSpan): Subject | null {
  const { kind, lower } = doc.tokens;
  const mark = cue.firstTok - 1;
  const floor = sentenceStart(doc, cue.firstTok);
  if (cue.inflection !== 'ing' || kind[mark] !== QUOTE || lower[mark - 1] !== ',' || mark - 1 <= floor) return null;
  const postposed = sourceOfPostposedCue(doc, mark - 1, floor);
  if (postposed) return postposed;
  const phrase = clauseSubject(doc, mark);
  return phrase ? { phrase, apposition: null } : null;
}
