/**
 * A quotation the headline's own cue attributes: "Scotland says 'No' in independence referendum", "Putin calls
 * US troops in Poland 'a threat'", "Minister warns of 'dark days' ahead". A headline reports in the present
 * tense ("says", "calls", "warns"), so only a present-tense or bare cue before the quotation counts, with a
 * source before it; "'Birther King' announces campaign" (the quotation is the subject) and "Study suggests
 * 'sleeping sickness' parasite mutated" (the quotation heads a noun phrase) are no quotation of the source's.
 * The source must be named: a bare title ("Mayor calls …") is left to headlineEcho.ts.
 */
import type { Doc } from '../doc';
import type { QuoteSpan } from '../quotes/span';
import { describe } from '../mentions/describe';
import { isStopWord } from '../mentions/lexicon';
import type { Phrase } from '../mentions/np';
import { WORD } from '../text/tokenTable';
import type { QuoteAttribution } from './attribution';
import { attributeBefore } from './attributeBefore';
import type { CueIndex } from './cueIndex';

/** A lowercase content word right after the quotation that the quotation modifies ("'sleeping sickness' parasite"). */
function headsNoun(doc: Doc, q: QuoteSpan, cueLast: number): boolean {
  const next = q.closeTok! + 1;
  const { kind, lower, cap, para } = doc.tokens;
  return q.openTok === cueLast + 1 && next < doc.tokens.length && para[next] === q.para && kind[next] === WORD && cap[next] !== 1 && !isStopWord(lower[next]);
}

export function headlineAttribution(doc: Doc, q: QuoteSpan, index: CueIndex): QuoteAttribution | null {
  if (q.para >= 0 || q.depth !== 0 || q.closeTok === null) return null;
  const att = attributeBefore(doc, q, index);
  const cue = att?.cue;
  if (!att || !cue || !att.cueBefore || att.phrase === null || doc.tokens.para[cue.verbTok] >= 0) return null;
  if (cue.inflection !== 's' && cue.inflection !== 'base') return null;
  // "Mayor calls bridge plan 'a disgrace'": a bare title names no one yet; the body's quotation of the same words
  // gives the source (headlineEcho.ts).
  const phrase = beforeFirstCue(att.phrase, index);
  if (describe(doc, phrase).name === null) return null;
  return headsNoun(doc, q, cue.lastTok) ? null : { ...att, phrase };
}

/**
 * "Clinton Says Russians Hacked DNC, Calls Putin Remarks 'Troubling'": in Title Case a run of capitalised
 * words reads as one name across the first cue; the source is the words before that cue.
 */
function beforeFirstCue(phrase: Phrase, index: CueIndex): Phrase {
  for (let k = phrase.first + 1; k <= phrase.last; k++) if (index.startingAt(k)) return { first: phrase.first, last: k - 1 };
  return phrase;
}
