/**
 * A short quoted name inside an apposition: "Tom Lee, the hacker known as "Ghost," stated that …", "Ann Ruiz,
 * a singer nicknamed "the Voice," said …". The quotation marks hold a nickname, not words spoken, so the walk
 * back to the subject goes over them; American style puts the apposition's closing comma inside the marks.
 * So does the title of a work in the apposition: "Joe Cole, host of the "Morning Show," said …".
 */
import type { Doc } from '../doc';
import { QUOTE } from '../text/tokenTable';

/** Words before a nickname's opening mark. */
const NAMING = new Set(['as', 'called', 'nicknamed', 'dubbed', 'named', 'alias', 'aka']);
/** Words before a quoted title of a work in an apposition: "host of MSNBC's "Morning Joe,"", "author of "Dust,"". */
const TITLE_BEFORE = new Set(['of', 'the', "'s", '’s']);

/** "host of the "Morning Show,"": a capitalised title after "of", "the" or a possessive, at the opening mark `open`. */
function titleOfWork(doc: Doc, open: number): boolean {
  return TITLE_BEFORE.has(doc.tokens.lower[open - 1] ?? '') && doc.tokens.cap[open + 1] === 1;
}

/** The longest nickname, in tokens between its marks (with the comma inside). */
const MAX_NICKNAME = 5;

/** The opening mark of a nickname whose closing mark is token `close`; -1 when it is no such quote. */
export function nicknameOpening(doc: Doc, close: number): number {
  const { kind, lower } = doc.tokens;
  if (kind[close] !== QUOTE) return -1;
  for (let j = close - 1; j >= 0 && j >= close - MAX_NICKNAME - 1; j--) {
    if (kind[j] === QUOTE) return j < close - 1 && (NAMING.has(lower[j - 1] ?? '') || titleOfWork(doc, j)) ? j : -1;
  }
  return -1;
}
