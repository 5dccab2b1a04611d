/**
 * A cue's base form near the start of a sentence, before a lowercase noun, is a noun modifier, not a verb:
 * "Press briefings by officials indicated …", "Recent press reports suggest …". A sentence opens with a base
 * verb only after a plural or pronoun subject ("Officials warn residents …", "Many say …"), so a first word
 * that is neither leaves the base form no subject.
 */
import type { Doc } from '../doc';
import { isStopWord } from '../mentions/lexicon';
import { WORD } from '../text/tokenTable';
import { hasPluralEnding } from '../text/pluralSpelling';

const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'these', 'those', 'its', 'their', 'his', 'her', 'our']);
const PLURAL_SUBJECTS = new Set(['i', 'we', 'you', 'they', 'many', 'some', 'few', 'most', 'all', 'both', 'several', 'others', 'police', 'people', 'media', 'staff', 'men', 'women', 'children', 'data']);

function couldBePluralSubject(word: string): boolean {
  return PLURAL_SUBJECTS.has(word) || hasPluralEnding(word);
}

export function isLeadingCompound(doc: Doc, i: number): boolean {
  const { lower, kind, cap, sent } = doc.tokens;
  const next = i + 1;
  // "Labour state the scheme has failed": a noun modifier is followed by its noun, never by a determiner.
  if (kind[next] !== WORD || sent[next] !== sent[i] || cap[next] === 1 || isStopWord(lower[next]) || DETERMINERS.has(lower[next])) return false;
  const start = doc.sentStart[i];
  if (start === i) return true;
  return start === i - 1 && kind[start] === WORD && cap[start] === 1 && !couldBePluralSubject(lower[start]);
}
