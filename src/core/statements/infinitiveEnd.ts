/**
 * An infinitive content ends before the subject's second predicate: "Martin expresses a desire to participate in
 * the debates and aligns himself with Trump" (a present verb after a present cue), "The mayor promised to act
 * and left the meeting" (a past verb or an auxiliary: secondPredicate.ts). The source did not say those.
 * ("promised to cut taxes and fees for families" keeps its coordinated nouns: only a verb with its object is cut.)
 * A clause with its own subject after ", and" ends it too: "urged people to stay inside, and the streets were empty".
 */
import type { CueSpan } from '../cues';
import type { Doc } from '../doc';
import { DETERMINERS, OBJECT_PRONOUNS } from '../mentions/lexicon';
import { WORD } from '../text/tokenTable';
import type { Content } from './content';
import { endBeforeSecondPredicate } from './secondPredicate';
import { isClause } from './clause';

/** Words that open the subject of a new clause after ", and" ("the hashtag", "he"). */
const SUBJECT_OPENERS = new Set(['the', 'a', 'an', 'this', 'these', 'those', 'his', 'her', 'its', 'their', 'he', 'she', 'it', 'they', 'we', 'i', 'there']);
const REFLEXIVES = new Set(['himself', 'herself', 'itself', 'themselves', 'ourselves', 'myself']);

/** Whether token `k` is a present -s verb with its object ("aligns himself", "calls the plan …"). */
function presentPredicateAt(doc: Doc, k: number): boolean {
  const { lower, kind, cap } = doc.tokens;
  const w = lower[k] ?? '';
  if (kind[k] !== WORD || cap[k] === 1 || !/^[a-z]{3,}[^s]s$/.test(w)) return false;
  const next = lower[k + 1] ?? '';
  return REFLEXIVES.has(next) || OBJECT_PRONOUNS.has(next) || (DETERMINERS.has(next) && next !== 'all' && next !== 'both');
}

export function endOfInfinitive(doc: Doc, cue: CueSpan, content: Content): Content {
  const { lower } = doc.tokens;
  if (lower[content.first] !== 'to') return content;
  let last = endBeforeSecondPredicate(doc, content.first, content.last);
  // ("expresses a desire": an expressed noun's cue is read as a past; its verb's own ending tells the tense.)
  const present = cue.inflection === 's' || (cue.kind === 'express' && lower[cue.verbTok].endsWith('s'));
  if (present) {
    for (let k = content.first + 2; k < last; k++) if ((lower[k] === 'and' || lower[k] === 'but') && presentPredicateAt(doc, k + 1)) { last = lower[k - 1] === ',' ? k - 2 : k - 1; break; }
  }
  // "urged people to seek shelter, and the hashtag was soon trending": a clause with its own subject after
  // ", and" is the reporter's next fact, not more of the request.
  for (let k = content.first + 2; k < last; k++) if (lower[k] === ',' && (lower[k + 1] === 'and' || lower[k + 1] === 'but') && SUBJECT_OPENERS.has(lower[k + 2] ?? '') && isClause(doc, k + 2, last)) { last = k - 1; break; }
  return last < content.last && last > content.first ? { first: content.first, last } : content;
}
