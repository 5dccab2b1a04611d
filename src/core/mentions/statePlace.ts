/**
 * A state after a place and its comma, "Fresno, Calif., the mayor said" / "Dayton, Ohio, the mayor said": the
 * state ends a fronted place phrase; it stands in apposition to nothing after it (not "Calif." = the mayor).
 */
import type { Doc } from '../doc';
import type { Phrase } from './np';
import places from '../data/places.json';
import { WORD } from '../text/tokenTable';

const STATES: ReadonlySet<string> = new Set(places.states.map((s) => s.toLowerCase()));

export function isStateAfterPlace(doc: Doc, p: Phrase): boolean {
  const { lower, cap, abbr, kind } = doc.tokens;
  if (cap[p.first] !== 1 || lower[p.first - 1] !== ',' || lower[p.last + 1] !== ',' || cap[p.first - 2] !== 1 || kind[p.first - 2] !== WORD) return false;
  if (p.first === p.last && abbr[p.first] === 1) return true;
  return STATES.has(doc.text.slice(doc.tokens.start[p.first], doc.tokens.end[p.last]).toLowerCase());
}
