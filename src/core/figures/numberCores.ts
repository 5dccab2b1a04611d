/**
 * Where a number can start: the cores numberScan.ts tries NUMBER_ATOM before. A core is the start of a word
 * run made of digits, of a number word ("twenty", "a" of "a dozen"), of a number word glued to "per…"
 * ("sevenpercent"), or with a non-ASCII letter that may fold to ASCII ("ſix").
 */
import { AsciiTrie } from '../knowledge/asciiTrie';
import { ASCII_INDEX, runEnd, wordCharAt, wordCharBefore } from '../knowledge/wordChars';
import { NUMBER_WORD_STARTS } from './lexicon';
import { firstRunFrom, wordRunsOf } from '../knowledge/wordRuns';

/** The ASCII letters every number word starts with ("twenty", "a"), as a trie. */
const WORD_STARTS = new AsciiTrie<true>();

/**
 * Whether every number word starts with ASCII letters (then in WORD_STARTS); if one does not, the cores
 * would miss it, and numberScan.ts runs the pattern everywhere instead.
 */
export const NUMBER_WORDS_START_ASCII = setUp();

function setUp(): boolean {
  for (const w of NUMBER_WORD_STARTS) {
    const run = /^[A-Za-z0-9]+/.exec(w)?.[0];
    if (!run || (w.length > run.length && w.charCodeAt(run.length) >= 128)) return false;
    WORD_STARTS.add(run, true);
  }
  return true;
}

/** "per" (any case) at i: "sevenpercent" is "seven" and a percent sign. */
function perAt(text: string, i: number): boolean {
  return (text.charCodeAt(i) | 32) === 112 && (text.charCodeAt(i + 1) | 32) === 101 && (text.charCodeAt(i + 2) | 32) === 114;
}

/**
 * The cores (run starts) that begin in [from, limit): runs starting with a digit, runs that are a number word
 * or a number word glued to "per…" ("sevenpercent"), and runs with a non-ASCII letter, which may fold to
 * ASCII ("ſix"): the pattern decides those. The runs are the text's (wordRuns), as a scan from `from` finds them.
 */
export function numberCores(text: string, from: number, limit: number): number[] {
  const runs = wordRunsOf(text);
  const out: number[] = [];
  let r = firstRunFrom(runs, text, from);
  if (r < 0) return scannedCores(text, from, limit);
  for (; r < runs.count && runs.starts[r] < limit; r++) {
    const start = runs.starts[r];
    const c = text.charCodeAt(start);
    if ((c >= 48 && c <= 57) || c >= 128 || isNumberWord(text, start, runs.ends[r])) out.push(start);
  }
  return out;
}

/** `numberCores` by scanning the characters from `from` (when `from` splits a surrogate pair). */
function scannedCores(text: string, from: number, limit: number): number[] {
  const out: number[] = [];
  let i = wordCharBefore(text, from) ? runEnd(text, from) : from;
  while (i < limit) {
    const c = text.charCodeAt(i);
    if (c < 128 ? ASCII_INDEX[c] < 0 : wordCharAt(text, i) === 0) { i++; continue; }
    const end = runEnd(text, i);
    if ((c >= 48 && c <= 57) || c >= 128 || isNumberWord(text, i, end)) out.push(i);
    i = end;
  }
  return out;
}

/**
 * Whether a run starting with an ASCII letter is a number word, one glued to "per…", or one with non-ASCII
 * letters. Once the letters read start no number word, nothing later in the run can make it one.
 */
function isNumberWord(text: string, start: number, end: number): boolean {
  const table = WORD_STARTS.table;
  const isWord = WORD_STARTS.isWord;
  let node = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128) return true;
    if (isWord[node] === 1 && perAt(text, i)) return true;
    node = table[node * 36 + ASCII_INDEX[c]];
    if (node === 0) return false;
  }
  return isWord[node] === 1;
}
