/**
 * Where an indirect content opens when something stands between the cue and it (read by contentOf, indirect.ts).
 * - A comma after the cue: a split quotation's parenthetical or mid-sentence source, the verb of a time clause
 *   ("…, after the interview concluded, Maher stated …": none), a fronted adverbial set off by commas
 *   ("says, in the past, Israel has pressed …": the content opens after the cue's comma), or "that" after a short
 *   stretch set off by commas ("said, on Monday, that …": it opens at "that"); anything else opens none.
 * - A preposition: a content clause never opens with one ("reported on the protests", "responded with gunfire",
 *   "said of the animals …"), except a verb whose content is its preposition's object ("warned residents of
 *   flooding"), a short adjunct before the clause ("said in a statement the plant would close") or an adverbial
 *   of the content's own ("said under the plan 40 families would move").
 * Each returns the content (or null: none) when that settles it, else the token where the content opens.
 */
import type { CueSpan } from '../cues';
import type { Doc } from '../doc';
import { DETERMINERS } from '../mentions/lexicon';
import { QUOTE } from '../text/tokenTable';
import type { Content } from './content';
import { isClause } from './clause';
import { clauseEnd } from './clauseEnd';
import { parentheticalContent } from './parenthetical';
import { midSentenceContent } from './midSentence';
import { endsAdverbialClause } from './adverbialClause';
import { nounObjectContent } from './nounObject';
import { CLAUSE_BLOCKING_PREPOSITIONS, clauseAfterAdjunct, contentAdverbialThenClause, frontedAdverbial, opensWithFigure } from './contentStart';

/** Tokens of a stretch set off by commas after the cue's comma ("said, on Monday, that …"). */
const MAX_SET_OFF = 14;

/** After the cue's comma (or an inverted parenthetical source) at token `i`. */
export function openingAfterComma(doc: Doc, cue: CueSpan, i: number, a: number, b: number, isCueAt: (t: number) => boolean): Content | null | number {
  // "…, after the interview concluded, Maher stated …": the verb of a time clause (adverbialClause.ts).
  if (endsAdverbialClause(doc, cue, a)) return null;
  const split = parentheticalContent(doc, cue, a, isCueAt) ?? midSentenceContent(doc, cue, a, b, isCueAt);
  if (split) return split;
  let k = i + 1;
  while (k <= b && k < i + MAX_SET_OFF && doc.tokens.lower[k] !== ',') k++;
  // "says, in the past, Israel has pressed …": a fronted adverbial between commas opens the content.
  // "responded, via separate tweets, "Why …"": an adverbial before a quotation opens no unquoted content.
  const fronted = k <= b && doc.tokens.lower[k + 1] !== 'that' && doc.tokens.kind[k + 1] !== QUOTE && frontedAdverbial(doc, i + 1) && isClause(doc, k + 1, b);
  if (!fronted && (k > b || k >= i + MAX_SET_OFF || doc.tokens.lower[k + 1] !== 'that')) return null;
  return fronted ? i + 1 : k + 1;
}

/**
 * At token `i`, before any "that": past an opening preposition, or `i` itself when none opens there. A fronted
 * adverbial with its comma still opens the content ("estimated by 2050, demand would double").
 * "responded to the council's call for a budget": "to" before a noun phrase is a preposition too.
 * ("asks to the regional government to act" is a request with its hearer: requestContent reads it.)
 */
export function openingAfterPreposition(doc: Doc, cue: CueSpan, i: number, b: number, isCueAt: (t: number) => boolean): Content | null | number {
  const frames = cue.frames;
  const toPhrase = !frames.has('request') && doc.tokens.lower[i] === 'to' && (DETERMINERS.has(doc.tokens.lower[i + 1]) || doc.tokens.cap[i + 1] === 1);
  if (!(CLAUSE_BLOCKING_PREPOSITIONS.has(doc.tokens.lower[i]) || toPhrase) || frontedAdverbial(doc, i) || opensWithFigure(doc, i)) return i;
  // "notified Congress of its intention to sell …", "warned residents of flooding": what the hearer was told.
  if (doc.tokens.lower[i] === 'of' && frames.has('object') && i > cue.lastTok + 1) return { first: i + 1, last: clauseEnd(doc, i + 1, isCueAt) };
  // "said in a statement the plant would close": a short adjunct, then the clause.
  // "said under the plan 40 families would move": the adverbial is the content's own.
  const clause = contentAdverbialThenClause(doc, i, b) ? i : clauseAfterAdjunct(doc, i, b);
  if (clause < 0) return nounObjectContent(doc, cue, i, isCueAt);
  return clause;
}
