/**
 * "As one farmer put it, "The rain never came."" · "As Mr. Haddad puts it, …": "put it" says nothing of
 * speech on its own ("she put it on the table"), but with "as" opening its clause it introduces someone's
 * words, like "as he said".
 */
import type { Doc } from '../doc';

const PUT = new Set(['put', 'puts']);
/** How many words may stand between "as" and "put it" (the source phrase). */
const SOURCE_REACH = 7;

export function isAsPutIt(doc: Doc, i: number): boolean {
  const { lower, sent } = doc.tokens;
  if (!PUT.has(lower[i]) || lower[i + 1] !== 'it' || sent[i + 1] !== sent[i]) return false;
  // "As Mr. Haddad put it": the source runs back to "as" with no comma or clause break before it.
  for (let k = i - 1; k >= 1 && k >= i - SOURCE_REACH - 1 && sent[k] === sent[i]; k--) {
    if (lower[k] === 'as') return k < i - 1;
    if (lower[k] === ',' || lower[k] === ';' || lower[k] === ':') return false;
  }
  return false;
}
