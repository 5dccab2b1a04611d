/**
 * A fronted description set off by dashes before the subject it describes: "Himself a former football coach
 * — he led the Rams for a decade — Tom Hart also offered his view". The description is the name's apposition
 * (one source), not a source a later "he" could take up. Opened by "Himself"/"Herself" or by the sentence
 * itself; the subject after the closing dash must be a capitalised name.
 */
import type { Doc } from '../doc';
import type { Phrase } from './np';
import { WORD } from '../text/tokenTable';

/** Dashes that set off an insertion (not the hyphen); mentions.ts tests the token after a phrase with them too. */
export const DASHES: ReadonlySet<string> = new Set(['—', '–', '--']);
const REFLEXIVES = new Set(['himself', 'herself']);
const MAX_INSERTION = 30;

/** The first token of the name the fronted description `p` describes, or -1. */
export function afterDashedInsertion(doc: Doc, p: Phrase): number {
  const { lower, kind, cap, sent } = doc.tokens;
  const opening = doc.sentStart[p.first] === p.first || (doc.sentStart[p.first] === p.first - 1 && REFLEXIVES.has(lower[p.first - 1]));
  if (!opening || !DASHES.has(lower[p.last + 1]) || !/^(?:a|an)$/.test(lower[p.first])) return -1;
  for (let j = p.last + 2; j <= p.last + MAX_INSERTION && sent[j] === sent[p.first]; j++) {
    if (!DASHES.has(lower[j])) continue;
    return kind[j + 1] === WORD && cap[j + 1] === 1 ? j + 1 : -1;
  }
  return -1;
}
