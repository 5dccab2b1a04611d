/**
 * Where a noun object ends (nounObject.ts): before a cue or a new clause, a participle or subordinate clause
 * after a comma ("denied involvement, posting a statement …"), a time adjunct or adverbial of the act
 * ("claimed responsibility on Tuesday for …", objectTimeAdverbial.ts), and the occasion of the act ("… at his
 * trial").
 */
import type { Doc } from '../doc';
import { WORD } from '../text/tokenTable';
import { isClause } from './clause';
import { newClauseAt, nextComma } from './clauseBounds';
import { WH_RELATIVES } from '../mentions/lexicon';
import { datesTheAct, participle } from './objectTimeAdverbial';
import data from '../data/cues.json';

/** Words after a comma that open an adjunct of the source's act, not more of the object. */
const ADJUNCT_OPENERS = new Set(['although', 'though', 'while', 'whilst', 'but', 'as', 'after', 'before', 'when', 'because', 'since', 'despite', 'and', 'which', 'who']);
/** Occasions of a statement: "denied the charges at his trial", "praised the deal in a speech". */
const OCCASIONS: ReadonlySet<string> = new Set(data.occasionNouns);
const OCCASION_PREPOSITIONS = new Set(['at', 'in', 'during', 'on']);
/** Words opening a time adjunct of the act, not of the object: "condemned the ruling after the vote was held". */
// Not "when" / "while": "blamed the losses on fishing when prices fell" may state when as part of the claim.
const TIME_ADJUNCTS = new Set(['after', 'during', 'amid', 'before']);
/** How many words may stand between the determiner and the occasion noun ("on one of the state run television networks"). */
const OCCASION_REACH = 4;
const OCCASION_DETERMINERS = new Set(['his', 'her', 'its', 'their', 'the', 'a', 'an', 'this', 'that', 'our']);

/**
 * The last token of the object phrase within [first, last]: before any cue ("condemning the board saying …").
 * "blamed the blast, which injured 12, on a gas leak": a relative set off by commas inside the object, with
 * more of the object after it, is the object's; one the object ends at or right after is the reporter's
 * ("condemned the attack, which killed 12, saying …" reports "the attack").
 */
export function objectEnd(doc: Doc, first: number, last: number, isCueAt: (t: number) => boolean): number {
  const { lower, sent } = doc.tokens;
  let open = -1;
  let close = -1;
  for (let k = first + 1; k <= last; k++) {
    const inner = lower[k] === ',' && WH_RELATIVES.has(lower[k + 1]) ? nextComma(doc, k + 2, sent[k]) : -1;
    if (inner > 0 && inner < last) { open = k; close = inner; k = inner - 1; continue; }
    if (endsBefore(doc, k, last, isCueAt)) {
      const end = lower[k - 1] === ',' && TIME_ADJUNCTS.has(lower[k]) ? k - 2 : k - 1;
      return end <= close ? open - 1 : end;
    }
  }
  return last;
}

/** Whether the object phrase ends before token `k`. */
function endsBefore(doc: Doc, k: number, last: number, isCueAt: (t: number) => boolean): boolean {
  const { lower } = doc.tokens;
  if (isCueAt(k)) return true;
  if (newClauseAt(doc, k, last, (f, l) => isClause(doc, f, l))) return true;
  if (lower[k] === ',' && (ADJUNCT_OPENERS.has(lower[k + 1]) || (lower[k + 1] ?? '').endsWith('ing'))) return true;
  // "condemned the closure, after the budget was passed" / "… after the budget was passed": a time adjunct
  // set off by a comma or opening a clause ends the object; "the progress made during the talks" stays in.
  if (TIME_ADJUNCTS.has(lower[k]) && (lower[k - 1] === ',' || isClause(doc, k + 1, last))) return true;
  // "condemned racism after attacks on a mosque", "criticized the council during his campaign": right after
  // the object's noun, the time adjunct is the act's; after a participle it is the object's ("made during").
  if (TIME_ADJUNCTS.has(lower[k]) && !participle(doc, k - 1)) return true;
  // "claimed responsibility on Monday for the attack", "announced her retirement yesterday": a time
  // adverbial after the object dates the act; a noun phrase does not run on past one.
  if (datesTheAct(doc, k)) return true;
  // "on one of the networks": a partitive before the occasion's determiner.
  const det = lower[k + 1] === 'one' && lower[k + 2] === 'of' ? k + 3 : k + 1;
  return OCCASION_PREPOSITIONS.has(lower[k]) && OCCASION_DETERMINERS.has(lower[det]) && occasionAt(doc, det + 1);
}

/** Whether an occasion noun stands at token `k` or after a few modifiers ("his trial", "a press conference", "the state run television networks"). */
function occasionAt(doc: Doc, k: number): boolean {
  const { lower, kind } = doc.tokens;
  for (let j = k; j < k + OCCASION_REACH && kind[j] === WORD; j++) {
    if (OCCASIONS.has(lower[j]) || (lower[j].endsWith('s') && OCCASIONS.has(lower[j].slice(0, -1)))) return true;
    if (OCCASION_PREPOSITIONS.has(lower[j]) || lower[j] === 'of') return false;
  }
  return false;
}
