/**
 * "Former ambassador to the United Nations Olga Brandt said …", "Deputy director of planning for the Navy
 * Tom Reyes was sentenced": a long title whose office is named in a prepositional phrase runs straight on
 * (no comma) into the holder's name. The name closes the prepositional phrase, but it is the title's
 * holder, the subject of the clause, not an oblique object.
 */
import type { Doc } from '../doc';
import type { Phrase } from './np';
import { isStopWord, ROLES, TITLES } from './lexicon';
import { WORD } from '../text/tokenTable';
import type { MentionInfo } from './describe';

const OFFICE_LINKS = new Set(['of', 'for', 'to', 'at']);
/** How many words back from the preposition the title may be ("director of operations for"). */
const REACH = 5;

/** Whether the phrase `p` after preposition `prep` is a person's name after the office a title names. */
export function holderAfterOffice(doc: Doc, p: Phrase, prep: number, info: MentionInfo): boolean {
  const { lower, kind } = doc.tokens;
  if (!OFFICE_LINKS.has(lower[prep]) || !info.name || !info.role || info.kind !== 'person' || !info.name.includes(' ')) return false;
  // The office must be named too: "the Navy Tom Reyes", not "Tom Reyes" alone after "for".
  if (!/\p{Lu}/u.test(info.role)) return false;
  for (let k = prep - 1; k >= prep - REACH && k >= doc.sentStart[p.first]; k--) {
    if (kind[k] !== WORD) return false;
    if (TITLES.has(lower[k]) || ROLES.has(lower[k])) return true;
    if (isStopWord(lower[k]) && !OFFICE_LINKS.has(lower[k])) return false;
  }
  return false;
}
