/**
 * "explained to reporters that protests would continue", "told the court that claims were false": after a
 * hearer, "that" before an "-s" form looks like a relative ("the crowd that protests …"), but an "-s" form
 * followed by a tensed auxiliary (alone or after "and" and another noun) is a plural noun, the subject of the
 * content clause that "that" opens.
 */
import type { Doc } from '../doc';
import { WORD } from '../text/tokenTable';
import { hasPluralEnding } from '../text/pluralSpelling';
import { FINITE_AUXILIARIES } from './verbWords';

/** Whether "that" at token `k` is followed by a plural noun and a tensed auxiliary (its clause's subject and verb). */
export function pluralSubjectAfterThat(doc: Doc, k: number): boolean {
  const { lower, kind, cap } = doc.tokens;
  const noun = lower[k + 1] ?? '';
  if (kind[k + 1] !== WORD || cap[k + 1] === 1 || !hasPluralEnding(noun)) return false;
  if (FINITE_AUXILIARIES.has(lower[k + 2] ?? '')) return true;
  // "that protests and work stoppages should not be seen …": a coordinated subject of up to three more words.
  if (lower[k + 2] !== 'and') return false;
  for (let j = k + 3; j <= k + 5 && kind[j] === WORD && cap[j] !== 1; j++) if (FINITE_AUXILIARIES.has(lower[j])) return j > k + 3;
  return false;
}
