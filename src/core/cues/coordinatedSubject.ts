/**
 * A base form after a singular noun is a verb when that noun ends a coordinated subject: "Grove's parents and
 * other family say …", "The coach and his staff say …", "Teachers and other staff say …". The two conjuncts
 * make the subject plural, so the base form agrees with it; a compound noun ("a family say") has no "and". The
 * noun names people (a role or group noun): "the May 2003 and the classified final report …" is no subject.
 */
import type { Doc } from '../doc';
import { isStopWord } from '../mentions/lexicon';
import { WORD } from '../text/tokenTable';
import { isRoleWord } from '../mentions/npClasses';

/** Words that may open the second conjunct: "other family", "his staff", "the rest of the family". */
const CONJUNCT_OPENERS = new Set(['other', 'the', 'his', 'her', 'their', 'its', 'our', 'some', 'several', 'many']);

/** Whether token `prev` (a lowercase singular noun) ends "X and [other/his …] noun" right before a base form. */
export function endsCoordinatedSubject(doc: Doc, prev: number): boolean {
  const { lower, kind, cap, sent } = doc.tokens;
  // The noun names people ("family", "staff", "sister"), not a thing ("the final report"): a role or group noun.
  if (kind[prev] !== WORD || cap[prev] === 1 || !isRoleWord(lower[prev])) return false;
  let k = prev - 1;
  if (CONJUNCT_OPENERS.has(lower[k]) && sent[k] === sent[prev]) k--;
  // "other family members": one more noun inside the conjunct.
  else if (kind[k] === WORD && cap[k] !== 1 && !isStopWord(lower[k]) && CONJUNCT_OPENERS.has(lower[k - 1])) k -= 2;
  if (lower[k] !== 'and' || sent[k] !== sent[prev]) return false;
  // The first conjunct ends in a noun or a name ("parents and", "Mira's friends and", "The coach and").
  const first = k - 1;
  return kind[first] === WORD && sent[first] === sent[prev] && doc.tokens.digitFirst[first] !== 1 && (cap[first] === 1 || !isStopWord(lower[first]));
}
