/** A lone "one" or "another" standing for a member of a group (np.ts reads it as a whole phrase). */
import type { Doc } from '../doc';
import { WORD } from '../text/tokenTable';
import { DETERMINERS } from './lexicon';
import { STOP, Walk } from './npClasses';
import { canBeInPhrase } from './npWords';

/** Words that stand for one member of a group named before: "\"We are exhausted,\" one said. Another added: …". */
export const MEMBER_WORDS: ReadonlySet<string> = new Set(['one', 'another']);

/**
 * A lone "one" or "another" as a whole phrase: no word of a noun phrase on either side ("one said", "said
 * another."; not "one official", "the one", "One reason"), and not after a comma closing a noun ("walls with
 * graffiti, one reading: …" is one of the graffiti), and before a verb if any word follows. speakers/groupMember.ts
 * names it.
 */
export function loneMember(doc: Doc, i: number): boolean {
  const { lower, kind, sent } = doc.tokens;
  if (i < 0 || i >= doc.tokens.length || !MEMBER_WORDS.has(lower[i])) return false;
  const w = Walk.of(doc);
  const free = (k: number) => k < 0 || k >= doc.tokens.length || kind[k] !== WORD || sent[k] !== sent[i] || !canBeInPhrase(w, k);
  if (lower[i - 1] === ',' && kind[i - 2] === WORD) return false;
  // "One reason why …": a noun after it makes "one" a determiner; a verb follows a lone one ("one said").
  const next = i + 1 < doc.tokens.length && kind[i + 1] === WORD && sent[i + 1] === sent[i] ? lower[i + 1] : null;
  if (next !== null && !/(?:ed|s)$|^(?:said|told|wrote|spoke|put|felt|thought|sang|cried|shouted|had|has)$/.test(next)) return false;
  // "One reported case was confirmed", "One stated goal is …": a past form before a bare lowercase noun
  // modifies it, and "one" is its determiner.
  const after = i + 2;
  if (next !== null && next.endsWith('ed') && after < doc.tokens.length && kind[after] === WORD && sent[after] === sent[i] && doc.tokens.cap[after] !== 1 && !w.is(after, STOP) && !DETERMINERS.has(lower[after])) return false;
  return free(i - 1) && free(i + 1);
}
