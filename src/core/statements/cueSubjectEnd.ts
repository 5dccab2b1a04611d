/**
 * Where the source phrase before a cue ends, past the words that may stand between them: an adverb ("TEPCO
 * only conceded"), a time adjunct, a locative "here"/"there", a bracketed acronym or expansion (from subject.ts).
 */
import type { CueSpan } from '../cues';
import type { Doc } from '../doc';
import { WORD } from '../text/tokenTable';
import { timeAdjunctEndingAt } from './timeBeforeCue';
import { beforeCapitalBracket } from '../mentions/bracketInPhrase';
import { CATENATIVES } from './verbWords';

/** Adverbs that may stand between a source and its cue without being part of either ("TEPCO only conceded"). */
const ADVERBS_BEFORE_CUE = new Set(['only', 'officially', 'formally', 'openly']);

const PERFECT_AUXILIARIES = new Set(['have', 'has', 'had', 'will', 'would', 'also']);

/**
 * The last token of the source phrase before the cue, which starts looking at token `k` (>= `floor`), and the
 * locative adverb the phrase keeps (-1 if none).
 */
export function cueSubjectEnd(doc: Doc, cue: CueSpan, k: number, floor: number): { k: number; locative: number } {
  const { lower, kind } = doc.tokens;
  // "Officials kept saying …", "more residents have begun claiming …": a verb of beginning or going on before
  // the participle, with its auxiliaries, belongs to the predicate, not to the source. Not before a request
  // ("have started asking schools to pay"), which the request rules read as they did.
  if (cue.inflection === 'ing' && !cue.frames.has('request') && CATENATIVES.has(lower[k]) && k > floor) {
    k--;
    while (k > floor && PERFECT_AUXILIARIES.has(lower[k])) k--;
  }
  // "TEPCO only conceded …": an adverb between the source and its cue.
  while (k > floor && ADVERBS_BEFORE_CUE.has(lower[k])) k--;
  // "The envoy, a former judge, earlier this week remarked …": a time adjunct is no source.
  const timeStart = cue.inflection === 'ing' ? -1 : timeAdjunctEndingAt(doc, k, floor);
  if (timeStart > floor) k = timeStart - 1;
  // "Officials here say …": a locative adverb after a plural source stays in its phrase.
  const locative = (lower[k] === 'here' || lower[k] === 'there') && k - 1 >= floor && kind[k - 1] === WORD && lower[k - 1].endsWith('s') ? k : -1;
  if (locative >= 0) k--;
  // "The Korean Central News Agency (KCNA) said": the name before the bracketed acronym.
  if (lower[k] === ')' && lower[k - 2] === '(' && k - 3 >= floor) k -= 3;
  // "The IRA (Irish Republican Army) said": a longer expansion in brackets after the name.
  // Not before a base form ("The IMF (International Monetary Fund) report said": "report" is a noun).
  else if (lower[k] === ')' && cue.inflection !== 'base' && beforeCapitalBracket(doc, k, floor) >= floor) k = beforeCapitalBracket(doc, k, floor);
  return { k, locative };
}
