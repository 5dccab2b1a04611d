/**
 * Whether a word is written in lowercase somewhere in the body of the article: evidence that a capitalised
 * occurrence at a sentence's start is no name ("Further, …", "Flooding was worse …"). One byte per distinct word
 * (indexed by vocabulary id), computed once per document.
 */
import type { Doc } from '../doc';
import { WORD } from '../text/tokenTable';

const lowercaseWords = new WeakMap<Doc, Uint8Array>();

/** By word id, 1 for the words of the body written in lowercase somewhere. */
function writtenLowercase(doc: Doc): Uint8Array {
  let words = lowercaseWords.get(doc);
  if (words) return words;
  const { cap, kind, para, wordId } = doc.tokens;
  const found = new Uint8Array(doc.tokens.vocabulary.list.length);
  for (let k = 0; k < doc.tokens.length; k++) if (cap[k] !== 1 && kind[k] === WORD && para[k] >= 0) found[wordId[k]] = 1;
  lowercaseWords.set(doc, found);
  return found;
}

/** Whether the word of token `k` is written in lowercase somewhere in the body. */
export function isWrittenLowercase(doc: Doc, k: number): boolean {
  return writtenLowercase(doc)[doc.tokens.wordId[k]] === 1;
}
