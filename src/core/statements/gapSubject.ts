/**
 * A cue inside a relative clause whose relative pronoun is the subject of the content: the content is a bare
 * predicate, its subject the gap. "…, which officials say killed 10 militants", "the tactics, which the union
 * says caused the strike". A predicate opening with an auxiliary ("which engineers said was unsafe") is read
 * already; this adds one opening with a past or present verb, which isClause alone takes for a subjectless
 * object ("tweeted support of …"). Only after a verb whose content is mostly a clause (sayClause.ts): in "the plan
 * that the mayor announced failed" the relative is the object.
 */
import type { Doc } from '../doc';
import { WORD } from '../text/tokenTable';
import { hasPluralEnding } from '../text/pluralSpelling';
import { IRREGULAR_PAST } from './verbWords';
import { RELATIVES } from '../mentions/lexicon';

/** Words of the source between the relative pronoun and the cue ("which the carrier's spokesman says"). */
const MAX_SOURCE = 5;
const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'this', 'that', 'these', 'those']);

/** Whether the content from `first` is the predicate of a relative pronoun standing before the cue's source. */
export function gapPredicate(doc: Doc, cueFirst: number, first: number): boolean {
  const { lower, kind, cap, sent } = doc.tokens;
  let relative = -1;
  for (let k = cueFirst - 1; k >= cueFirst - 1 - MAX_SOURCE && k >= 0 && sent[k] === sent[cueFirst] && kind[k] === WORD; k--) {
    if (RELATIVES.has(lower[k])) { relative = k; break; }
  }
  // The source stands between the relative and the cue: "which officials say", not "which say".
  if (relative < 0 || relative === cueFirst - 1) return false;
  const word = lower[first];
  if (kind[first] !== WORD || cap[first] === 1 || kind[first + 1] !== WORD) return false;
  // A present "-s" verb only before a determiner ("which he says costs the city …"): "plans for" may be a noun.
  return IRREGULAR_PAST.has(word) || (word.endsWith('ed') && word.length > 4) || (word.length > 3 && hasPluralEnding(word) && DETERMINERS.has(lower[first + 1]));
}
