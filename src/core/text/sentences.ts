/**
 * Sentence splitting over tokens. A sentence ends at "." "!" "?" (with any closing marks after it) when the
 * next word starts a sentence, and always at a paragraph end. Abbreviations ("Mr.", "Gen.", "W.", "U.S."),
 * decimals (one token) and ellipses ("...", "…") do not end a sentence: "U.S. officials said" stays whole;
 * "in the U.S. The next day" ends only because "The" is a usual sentence opener.
 */
import type { Sentence } from '../types';
import { WORD, QUOTE, PUNCT, type TokenTable } from './tokenTable';

const OPENERS = new Set(['the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'this', 'that', 'these', 'those', 'but', 'and', 'in', 'on', 'at', 'his', 'her', 'their', 'its', 'our', 'there', 'however', 'after', 'before', 'when', 'while', 'meanwhile', 'as', 'if', 'for', 'some', 'many', 'most', 'according', 'since', 'during', 'officials', 'police']);
const CLOSERS = new Set(['"', '”', '’', "'", ')', ']', '»', '›', '“']);
const ENDS = new Set(['.', '!', '?']);

function isEllipsisDot(tokens: TokenTable, i: number): boolean {
  const { lower, start, end } = tokens;
  return (i > 0 && lower[i - 1] === '.' && end[i - 1] === start[i]) || (i + 1 < tokens.length && lower[i + 1] === '.' && start[i + 1] === end[i]);
}

/** Whether token `k` (maybe past the end) begins a new sentence. */
function startsSentence(tokens: TokenTable, k: number): boolean {
  if (k >= tokens.length) return true;
  const kind = tokens.kind[k];
  if (kind === WORD) return tokens.cap[k] === 1 || tokens.digitFirst[k] === 1;
  const text = tokens.lower[k];
  return kind === QUOTE || text === '(' || text === '[' || text === '—' || text === '-';
}

/** Assigns `sent` on every token and returns the sentence spans (paragraph index of the first token). */
export function splitSentences(tokens: TokenTable): Sentence[] {
  const { para, lower, kind, start, end } = tokens;
  const n = tokens.length;
  const sentences: Sentence[] = [];
  let first = 0;
  const close = (last: number) => {
    tokens.sent.fill(sentences.length, first, last + 1);
    sentences.push({ start: start[first], end: end[last], paragraph: para[first] });
    first = last + 1;
  };
  for (let i = 0; i < n; i++) {
    if (i + 1 >= n || para[i + 1] !== para[i]) { close(i); continue; }
    let stop = -1;
    // Punctuation tokens are their own lowercase form, so `lower` is the mark itself.
    if (kind[i] === PUNCT && ENDS.has(lower[i]) && !(lower[i] === '.' && isEllipsisDot(tokens, i))) {
      let j = i;
      while (j + 1 < n && para[j + 1] === para[i] && CLOSERS.has(lower[j + 1]) && start[j + 1] === end[j]) j++;
      if (j + 1 >= n || para[j + 1] !== para[i] || startsSentence(tokens, j + 1)) stop = j;
    } else if (tokens.abbr[i] === 1 && /\.\p{L}\.$/u.test(tokens.textOf(i)) && kind[i + 1] === WORD && OPENERS.has(lower[i + 1]) && tokens.cap[i + 1] === 1) {
      stop = i;
    }
    if (stop >= 0) {
      if (stop + 1 < n && para[stop + 1] !== para[i]) { i = stop - 1; continue; }
      close(stop);
      i = stop;
    }
  }
  return sentences;
}
