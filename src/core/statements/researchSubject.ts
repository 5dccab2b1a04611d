/**
 * A bare plural or mass noun for written research as the subject of a cue, with its adjectives and no
 * determiner: "Earlier studies have suggested that …", "Previous research has shown …", "Recent polls have
 * indicated …". The noun-phrase walks start no phrase at a lowercase word that is in no role list, and the
 * determined-noun reading needs a determiner; these nouns name authored works, so they may speak alone.
 */
import type { Doc } from '../doc';
import type { Phrase } from '../mentions/np';
import { isStopWord } from '../mentions/lexicon';
import { WORD } from '../text/tokenTable';

const RESEARCH_SUBJECTS = new Set(['studies', 'research', 'reports', 'surveys', 'polls', 'analyses', 'papers']);
/** Adjectives that open such a subject at the start of a sentence ("Earlier studies"), though sentence adverbs elsewhere. */
const OPENING_ADJECTIVES = new Set(['earlier', 'previous', 'recent', 'new', 'past', 'prior', 'other', 'several', 'many', 'some', 'most']);

/** The subject ending at token `k` (the research noun), opening the sentence or its clause; else null. */
export function researchSubject(doc: Doc, k: number, floor: number): Phrase | null {
  const { lower, kind, cap } = doc.tokens;
  if (!RESEARCH_SUBJECTS.has(lower[k]) || cap[k] === 1) return null;
  let first = k;
  while (first - 1 >= floor && first > k - 3 && kind[first - 1] === WORD && (OPENING_ADJECTIVES.has(lower[first - 1]) || (cap[first - 1] !== 1 && !isStopWord(lower[first - 1])))) first--;
  return first === floor || lower[first - 1] === ',' || lower[first - 1] === 'and' || lower[first - 1] === 'but' ? { first, last: k } : null;
}
