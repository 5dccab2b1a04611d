/**
 * A description followed by the name it goes by: "the station chief known as Bob", "a hacker, known as
 * "Lynx"," · "a man nicknamed "Red"". The name after "known as" / "nicknamed" names the source, so the
 * description and a later "Bob said" are one source.
 */
import type { Doc } from '../doc';
import { QUOTE, WORD } from '../text/tokenTable';

const MAX_NAME_WORDS = 3;

/** The name following the phrase ending at token `last` ("known as Bob"), or null. */
export function nameKnownAs(doc: Doc, last: number): string | null {
  const { lower, kind, cap, start, end } = doc.tokens;
  let k = last + 1;
  if (lower[k] === ',') k++;
  if (lower[k] === 'also') k++;
  if (lower[k] === 'known' && lower[k + 1] === 'as') k += 2;
  else if (lower[k] === 'nicknamed') k++;
  else return null;
  if (kind[k] === QUOTE) k++;
  if (kind[k] !== WORD || cap[k] !== 1) return null;
  let e = k;
  while (e + 1 < k + MAX_NAME_WORDS && kind[e + 1] === WORD && cap[e + 1] === 1) e++;
  return doc.text.slice(start[k], end[e]);
}
