/**
 * A quotation in the headline that the body quotes again: "Mayor calls bridge plan 'a disgrace'" over a body
 * that says `Hale called the plan "a disgrace".`, or "Minister: 'We will not back down'" over a body quotation
 * `"We will not back down on this," she said.`. The headline repeats the source's words, so it is the same
 * source's statement (the annotators' convention), credited to the body statement's speaker. A headline
 * quotation the body never attributes stays what it was (a scare quote or a name: "Indian 'guru' faces
 * charges").
 *
 * The match is on words (case, punctuation and spacing ignored). One or two quoted words match only a body
 * fragment of the same words: a short word like 'green' inside some long body quotation is no echo.
 */
import type { Doc } from '../doc';
import type { QuoteSpan } from '../quotes/span';
import type { Speaker, StatementKind } from '../types';
import { colonSpeaker } from './headlineColon';

export interface EchoSource {
  readonly kind: StatementKind;
  readonly start: number;
  readonly end: number;
  readonly speakerId: string | null;
}

export interface Echo {
  readonly kind: StatementKind;
  readonly start: number;
  readonly end: number;
  readonly speakerId: string;
  readonly quote: QuoteSpan;
}

/** Fewest words for a headline quotation to match inside a longer body quotation. */
const MIN_WORDS_INSIDE = 3;

function words(text: string): string {
  return ` ${text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;
}

/** "Singer Aretha Franklin, 'queen of soul', dies": a quotation set off by commas after a name is an epithet. */
function isApposition(doc: Doc, q: QuoteSpan): boolean {
  const { lower, cap } = doc.tokens;
  const before = q.openTok - 1;
  return q.closeTok !== null && lower[before] === ',' && cap[before - 1] === 1 && lower[q.closeTok + 1] === ',';
}

/** Headline quotations echoed by a body quotation statement, with that statement's speaker. */
export function headlineEchoes(doc: Doc, quotes: readonly QuoteSpan[], body: readonly EchoSource[], speakers: readonly Speaker[]): Echo[] {
  const out: Echo[] = [];
  const headline = quotes.filter((q) => q.para < 0 && q.depth === 0 && q.closeTok !== null && q.words > 0);
  if (headline.length === 0) return out;
  const said = body.filter((s) => s.kind !== 'indirect' && s.speakerId !== null).map((s) => ({ s, text: words(doc.text.slice(s.start, s.end)) }));
  for (const q of headline) {
    if (body.some((s) => s.start < q.end && s.end > q.start) || isApposition(doc, q)) continue;
    const mine = words(q.text);
    const match = said.find(({ text }) => text === mine || (q.words >= MIN_WORDS_INSIDE && text.includes(mine)));
    // "Holt: 'We Will Not Back Down'": the name before the headline's colon is the source (statements/headlineColon.ts).
    const speakerId = colonSpeaker(doc, q, speakers) ?? match?.s.speakerId;
    if (!speakerId) continue;
    // "Obama to Muslims: 'Americans are not your enemy'": a capitalised clause is quoted whole.
    const kind: StatementKind = /^\P{L}*\p{Lu}/u.test(q.text) && q.words >= MIN_WORDS_INSIDE ? 'direct' : 'mixed';
    out.push({ kind, start: q.start, end: q.end, speakerId, quote: q });
  }
  return out;
}
