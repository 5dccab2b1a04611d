/**
 * A source noun after an acronym's bracketed expansion: "An ATF (Bureau of Alcohol, Tobacco and Firearms)
 * agent said …", "A DEA (Drug Enforcement Administration) agent said …". The phrase walk reads no phrase at a
 * lowercase noun outside the role lists; after ")" the noun stands alone as the source (the speaker "agent").
 * The phrase is not carried back over the bracket: the speaker would then be named by the organisation.
 */
import type { Doc } from '../doc';
import type { Phrase } from './np';
import { isStopWord } from './lexicon';
import { WORD } from '../text/tokenTable';

/** How far back the "(" may be from its ")" (a bracketed name of a dozen words or so). */
const MAX_BRACKET = 16;

/** The noun at token `k` right after "ACRONYM (…)", or null. */
export function nounAfterBracket(doc: Doc, k: number, floor: number): Phrase | null {
  const { lower, upperOrDigit, cap, kind } = doc.tokens;
  const close = k - 1;
  if (kind[k] !== WORD || cap[k] === 1 || isStopWord(lower[k]) || lower[close] !== ')') return null;
  const open = bracketOpening(doc, close, floor);
  return open >= 0 && upperOrDigit[open - 1] === 1 && cap[open + 1] === 1 ? { first: k, last: k } : null;
}

/**
 * "The IRA (Irish Republican Army) said …": a bracket of capitalised words (an expansion) right after a
 * capitalised word, before the cue; the token before "(" ends the source. `close` is the ")"; else -1.
 */
export function beforeCapitalBracket(doc: Doc, close: number, floor: number): number {
  const { lower, cap, kind } = doc.tokens;
  if (lower[close] !== ')') return -1;
  const open = bracketOpening(doc, close, floor);
  return open >= 0 && cap[open + 1] === 1 && cap[open - 1] === 1 && kind[open - 1] === WORD ? open - 1 : -1;
}

/** The "(" of the bracket closed by the ")" at `close`, at most MAX_BRACKET tokens back and after `floor`; else -1. */
function bracketOpening(doc: Doc, close: number, floor: number): number {
  const lower = doc.tokens.lower;
  for (let open = close - 2; open > floor && open >= close - MAX_BRACKET; open--) {
    if (lower[open] === ')') return -1;
    if (lower[open] === '(') return open;
  }
  return -1;
}
