/**
 * "Ursula von der Leyen", "Jan van den Berg", "Charles de Gaulle": lowercase particles between two
 * capitalised parts of a name belong to the name, so the phrase runs on to the family name.
 */
import type { Doc } from '../doc';
import { WORD } from '../text/tokenTable';
import { NAME_PARTICLES } from './names';

export function particleInsideName(doc: Doc, i: number): boolean {
  const { lower, cap, kind } = doc.tokens;
  const isParticle = (k: number) => k >= 0 && kind[k] === WORD && NAME_PARTICLES.has(lower[k]);
  if (!isParticle(i)) return false;
  const before = (cap[i - 1] === 1 && kind[i - 1] === WORD) || (isParticle(i - 1) && cap[i - 2] === 1);
  const after = (cap[i + 1] === 1 && kind[i + 1] === WORD) || (isParticle(i + 1) && cap[i + 2] === 1);
  return before && after;
}
