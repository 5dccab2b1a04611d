/**
 * The source after a cue that follows the content's comma, closing the sentence: "…, said a spokesman for the
 * union." · "…, said Tom Reed, the union's spokesman." · "…, claim civilians." (The content before it is
 * postposed.ts's.)
 */
import type { CueSpan } from '../cues';
import type { Doc } from '../doc';
import { VERB_FORMS } from '../cues/lexicon';
import { phraseStartingAt, type Phrase } from '../mentions/np';
import { DETERMINERS } from '../mentions/lexicon';
import { PUNCT, WORD } from '../text/tokenTable';
import { endsInSingleS } from '../text/pluralSpelling';
import { isTrailingAdjunct } from './trailingPhrase';
import { withParticipleModifier } from './invertedSourceModifier';

/** Whether tokens [i, b] are nothing, closing punctuation or a short adjunct. */
export function restIsEmpty(doc: Doc, i: number, b: number): boolean {
  return i > b || (i === b && doc.tokens.kind[b] === PUNCT) || isTrailingAdjunct(doc, i, b);
}

/** "…, said a spokesman for the union.": the source after a cue that follows the content's comma. */
export function invertedSource(doc: Doc, cue: CueSpan): Phrase | null {
  if (cue.kind !== 'verb' || !cue.frames.has('clause') || cue.inflection === 'ing' || doc.tokens.lower[cue.firstTok - 1] !== ',') return null;
  const source = withParticipleModifier(doc, phraseStartingAt(doc, cue.lastTok + 1) ?? barePlural(doc, cue.lastTok + 1));
  const b = doc.sentEnd[cue.verbTok];
  // "…, said a diplomat who attended the talks.": a restrictive relative closes the sentence as well.
  const relative = source !== null && doc.tokens.lower[source.last + 1] === 'who';
  return source && (restIsEmpty(doc, source.last + 1, b) || nameApposition(doc, source.last + 1, b) || phraseApposition(doc, source.last + 1, b) || relative) ? source : null;
}

/**
 * "…, said Tom Reed, the union's spokesman." · "…, said Tom Reed, who leads the union." · "…, said Tom Reed, a
 * spokesman, on Monday.": an apposition or a relative clause about the source closes the sentence.
 */
function phraseApposition(doc: Doc, i: number, b: number): boolean {
  const lower = doc.tokens.lower;
  if (lower[i] !== ',') return false;
  if (lower[i + 1] === 'who' || lower[i + 1] === 'whose') return true;
  const apposition = phraseStartingAt(doc, i + 1);
  if (!apposition) return false;
  const after = apposition.last + 1;
  return restIsEmpty(doc, after, b) || (lower[after] === ',' && restIsEmpty(doc, after + 1, b));
}

/** "…, said a spokesman for the mayor, Tom Reed.": the source's name in apposition closes the sentence. */
function nameApposition(doc: Doc, i: number, b: number): boolean {
  const { lower, kind, cap } = doc.tokens;
  let last = b;
  while (last > i && kind[last] === PUNCT) last--;
  if (lower[i] !== ',' || last - i < 1 || last - i > 4) return false;
  for (let k = i + 1; k <= last; k++) if (kind[k] !== WORD || cap[k] !== 1) return false;
  return true;
}

/** "…, claim civilians.": a bare plural noun (any, not only the role lists') as the inverted source. */
function barePlural(doc: Doc, k: number): Phrase | null {
  const { lower, kind, cap } = doc.tokens;
  const word = lower[k] ?? '';
  return kind[k] === WORD && cap[k] !== 1 && endsInSingleS(word) && word.length > 3 && !VERB_FORMS.has(word) && !DETERMINERS.has(word) ? { first: k, last: k } : null;
}
