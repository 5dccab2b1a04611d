/**
 * What stands right before a number: the word ("posts 542" → "posts") and whether it is a name ("Resolution
 * 2231"). Both read backwards from the number over plain ASCII text, which is what news text nearly always
 * has there; when a non-ASCII character is in the way, the regular expression decides, as it always did.
 */
import { lazyPattern } from '../knowledge/lazyPattern';
import { isSpace } from '../knowledge/wordChars';
import { MONTH_WORD } from './lexicon';

/** The word before, skipping spaces and commas, in the 30 characters before the number. */
const WORD_BEFORE = lazyPattern(String.raw`([\p{L}][\p{L}.'-]*)[\s,]*$`, 'u');
/** A capitalised word before, after a letter, comma, semicolon or colon (not a sentence start). */
const NAME_BEFORE = lazyPattern(String.raw`([.!?"“]\s+|^\s*|[\p{L},;:]\s+)(\p{Lu}[\p{L}'-]*)\s+$`, 'u');
const AFTER_CLAUSE = lazyPattern(String.raw`[\p{L},;:]\s+$`, 'u');
const SENTENCE_WORDS = /^(?:The|In|On|By|Of|Since|From|Until|And|At|About|Some|Over|Nearly|Around|To)$/;

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function wordBeforeByPattern(text: string, start: number): string {
  const m = WORD_BEFORE().exec(text.slice(Math.max(0, start - 30), start));
  return m ? m[1] : '';
}

/**
 * The word before `start`: after the trailing spaces and commas, the run of letters, dots, apostrophes and
 * hyphens, from its first letter ("U.S. 5" → "U.S.", "the '90 5" → ""): what WORD_BEFORE captures.
 */
export function previousWord(text: string, start: number): string {
  const from = Math.max(0, start - 30);
  let j = start;
  for (; j > from; j--) {
    const c = text.charCodeAt(j - 1);
    if (c >= 128) return wordBeforeByPattern(text, start);
    if (!isSpace(c) && c !== 44) break;
  }
  const end = j;
  let first = -1;
  for (; j > from; j--) {
    const c = text.charCodeAt(j - 1);
    if (c >= 128) return wordBeforeByPattern(text, start);
    if (isLetter(c)) first = j - 1;
    else if (c !== 46 && c !== 39 && c !== 45) break;
  }
  return first < 0 ? '' : text.slice(first, end);
}

/**
 * A capitalised word that does not start the sentence ("Resolution 2231", "Windows 7"). The name must be
 * the run of letters, apostrophes and hyphens right before the spaces before the number, starting with a
 * capital; only then is the pattern run.
 */
export function afterName(text: string, start: number): boolean {
  const from = Math.max(0, start - 40);
  let j = start;
  for (; j > from; j--) {
    const c = text.charCodeAt(j - 1);
    if (c >= 128) return nameByPattern(text, start);
    if (!isSpace(c)) break;
  }
  if (j === start) return false;
  let g = j;
  for (; g > from; g--) {
    const c = text.charCodeAt(g - 1);
    if (c >= 128) return nameByPattern(text, start);
    if (!isLetter(c) && c !== 39 && c !== 45) break;
  }
  const first = text.charCodeAt(g);
  if (g === j || first < 65 || first > 90) return false;
  return nameByPattern(text, start);
}

function nameByPattern(text: string, start: number): boolean {
  const m = NAME_BEFORE().exec(text.slice(Math.max(0, start - 40), start));
  return m !== null && AFTER_CLAUSE().test(m[1]) && !MONTH_WORD.test(m[2]) && !SENTENCE_WORDS.test(m[2]);
}
