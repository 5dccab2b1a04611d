/** Words inside a phrase that are not its head: an adjective "official", an insertion between dashes. */
import type { Doc } from '../doc';
import { WORD } from '../text/tokenTable';
import { DETERMINER, Walk } from './npClasses';
import { canBeInPhrase } from './npWords';

/**
 * "The official twitter handle of The Cranberries posted …", "the official response from the White House":
 * "official" right after "the" and before a lowercase noun is an adjective, not the phrase's head.
 */
export function officialAsAdjective(doc: Doc, i: number): boolean {
  const { lower, cap } = doc.tokens;
  return lower[i - 1] === 'official' && cap[i - 1] !== 1 && (lower[i - 2] === 'the' || lower[i - 2] === 'an') && cap[i] !== 1;
}

/** The dashes that set off an insertion inside a phrase (describe.ts reads the same ones). */
export const DASH_MARKS: ReadonlySet<string> = new Set(['—', '–']);
/** The most words an insertion between dashes inside a phrase holds. */
const MAX_INSERTION = 8;

/**
 * "Rodong Sinmun, the ruling party — Workers' Party of Korea — newspaper, which …": when token `t` closes an
 * insertion between dashes, the phrase so far (tokens `first`…`last`) being lowercase words only, and a
 * lowercase phrase word stands before the opening dash: the index of that word; else -1.
 */
export function insertionOpening(doc: Doc, t: number, first: number, last: number, floor: number): number {
  const { lower, cap, kind, sent } = doc.tokens;
  if (!DASH_MARKS.has(lower[t])) return -1;
  for (let k = first; k <= last; k++) if (kind[k] !== WORD || cap[k] === 1) return -1;
  for (let k = t - 2; k >= t - 1 - MAX_INSERTION && k > floor && sent[k] === sent[t]; k--) {
    if (!DASH_MARKS.has(lower[k])) continue;
    const before = k - 1;
    const w = Walk.of(doc);
    return kind[before] === WORD && cap[before] !== 1 && canBeInPhrase(w, before) && !w.is(before, DETERMINER) ? before : -1;
  }
  return -1;
}
