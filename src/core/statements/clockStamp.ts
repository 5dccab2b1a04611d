/**
 * A live blog's time stamp opening an entry: "11:00 am – Police receive calls saying shots were fired",
 * "9:15 p.m. — The senator says …". The stamp is no phrase of the clause: its subject comes after the dash
 * (not "11", read as a name before).
 */
import type { Doc } from '../doc';

const DASHES = new Set(['–', '—', '-', '--']);
const HALVES = /^(?:am|pm|a\.m\.?|p\.m\.?|a|p)$/;

/** The token after the stamp and its dash when token `k` opens one ("10:30 am –"), else `k`. */
export function afterClockStamp(doc: Doc, k: number, before: number): number {
  const { lower, digitFirst } = doc.tokens;
  if (digitFirst[k] !== 1) return k;
  let j = k;
  let clock = /^\d{1,2}:\d\d$/.test(lower[j]);
  j++;
  if (!clock && lower[j] === ':' && /^\d\d$/.test(lower[j + 1] ?? '')) { clock = true; j += 2; }
  if (!clock) return k;
  // "a.m." may be one token or several ("a", ".", "m", ".").
  for (let n = 0; n < 4 && (HALVES.test(lower[j] ?? '') || lower[j] === '.' || lower[j] === 'm'); n++) j++;
  if (!DASHES.has(lower[j] ?? '')) return k;
  return j + 1 < before ? j + 1 : k;
}
