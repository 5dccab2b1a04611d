/**
 * Capitalised words a phrase walk keeps inside a name though they look like something else: "to" in an
 * organisation named for its aim, an acronym that spells a pronoun ("US"), a speech-verb form before
 * another capital ("State Department").
 */
import type { Doc } from '../doc';
import { WORD } from '../text/tokenTable';
import { DETERMINERS, ORG_HEADS } from './lexicon';
import { VERB_FORMS } from '../cues/lexicon';

/** "Center to Prevent Gun Violence", "Committee to Protect Journalists": an organisation named for its aim. */
export function namedPurpose(doc: Doc, to: number): boolean {
  const { cap, lower } = doc.tokens;
  return cap[to - 1] === 1 && ORG_HEADS.has(lower[to - 1]) && cap[to + 1] === 1 && cap[to + 2] === 1;
}

/** "US" (an acronym, not the pronoun) or "State" before "Department" (a verb form inside a name). */
export function capitalisedNameWord(doc: Doc, i: number): boolean {
  const { lower, cap, kind, start, end } = doc.tokens;
  const text = doc.text.slice(start[i], end[i]);
  if (text.length >= 2 && text === text.toUpperCase()) return true;
  return VERB_FORMS.has(lower[i]) && cap[i + 1] === 1 && kind[i + 1] === WORD && !DETERMINERS.has(lower[i + 1]);
}
