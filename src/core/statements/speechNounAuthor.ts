/**
 * `"…," read a warning by the weather office.` · `"…," came the reply from the ministry.`: after an inverted
 * cue, a noun of speech spelt like a verb form ("warning", "reply", "answer") stops the noun-phrase walk; with
 * its author after "by" or "from", the author is the source (a warning cannot speak).
 */
import type { Doc } from '../doc';
import { phraseStartingAt, type Phrase } from '../mentions/np';
import data from '../data/quoteCues.json';

const SPEECH_NOUNS: ReadonlySet<string> = new Set(data.speechNouns);
const DETERMINERS = new Set(['a', 'an', 'the', 'this', 'its', 'their']);

/** The author after "by"/"from" when tokens from `i` read "a warning by X", else null. */
export function speechNounAuthorAt(doc: Doc, i: number): Phrase | null {
  const { lower, sent } = doc.tokens;
  if (!DETERMINERS.has(lower[i] ?? '') || !SPEECH_NOUNS.has(lower[i + 1] ?? '')) return null;
  if ((lower[i + 2] !== 'by' && lower[i + 2] !== 'from') || sent[i + 3] !== sent[i]) return null;
  return phraseStartingAt(doc, i + 3);
}
