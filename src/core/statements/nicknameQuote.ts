/**
 * A short quoted name inside an apposition: "Tom Lee, the hacker known as "Ghost," stated that …", "Ann Ruiz,
 * a singer nicknamed "the Voice," said …". The quotation marks hold a nickname, not words spoken, so the walk
 * back to the subject goes over them; American style puts the apposition's closing comma inside the marks.
 */
import type { Doc } from '../doc';
import { QUOTE } from '../text/tokenTable';

/** Words before a nickname's opening mark. */
const NAMING = new Set(['as', 'called', 'nicknamed', 'dubbed', 'named', 'alias', 'aka']);
/** The longest nickname, in tokens between its marks (with the comma inside). */
const MAX_NICKNAME = 5;

/** The opening mark of a nickname whose closing mark is token `close`; -1 when it is no such quote. */
export function nicknameOpening(doc: Doc, close: number): number {
  const { kind, lower } = doc.tokens;
  if (kind[close] !== QUOTE) return -1;
  for (let j = close - 1; j >= 0 && j >= close - MAX_NICKNAME - 1; j--) {
    if (kind[j] === QUOTE) return j < close - 1 && NAMING.has(lower[j - 1] ?? '') ? j : -1;
  }
  return -1;
}
