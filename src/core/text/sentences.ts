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

/** ".", "!" or "?" (a punctuation token's `lower` is its mark): asked of every punctuation token, so no Set. */
function isEnd(mark: string): boolean {
  return mark === '.' || mark === '!' || mark === '?';
}

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

export interface SentenceSplit {
  /** Every sentence, the headline's (paragraph -1) first. */
  readonly all: Sentence[];
  /** For each token, the index of the first and of the last token of its sentence. */
  readonly sentStart: Int32Array;
  readonly sentEnd: Int32Array;
}

/**
 * Splits the tokens into sentences and sets `sent` on every token: body sentences are numbered from 0,
 * the headline's before them from -1 down (so `sent` indexes Structure.sentences, which omits them).
 */
export function splitSentences(tokens: TokenTable): SentenceSplit {
  const { para, lower, kind, start, end } = tokens;
  const n = tokens.length;
  const sentences: Sentence[] = [];
  const sentStart = new Int32Array(n);
  const sentEnd = new Int32Array(n);
  let headline = 0;
  let first = 0;
  const close = (last: number) => {
    // A headline sentence gets its index for now (fixed below); a body sentence its final number.
    const inHeadline = para[first] < 0;
    const id = inHeadline ? sentences.length : sentences.length - headline;
    if (inHeadline) headline++;
    for (let k = first; k <= last; k++) {
      tokens.sent[k] = id;
      sentStart[k] = first;
      sentEnd[k] = last;
    }
    sentences.push({ start: start[first], end: end[last], paragraph: para[first] });
    first = last + 1;
  };
  for (let i = 0; i < n; i++) {
    if (i + 1 >= n || para[i + 1] !== para[i]) { close(i); continue; }
    let stop = -1;
    // Punctuation tokens are their own lowercase form, so `lower` is the mark itself.
    if (kind[i] === PUNCT && isEnd(lower[i]) && !(lower[i] === '.' && isEllipsisDot(tokens, i))) {
      let j = i;
      while (j + 1 < n && para[j + 1] === para[i] && CLOSERS.has(lower[j + 1]) && start[j + 1] === end[j]) j++;
      if (j + 1 >= n || para[j + 1] !== para[i] || startsSentence(tokens, j + 1)) stop = j;
    } else if (tokens.abbr[i] === 1 && kind[i + 1] === WORD && tokens.cap[i + 1] === 1 && OPENERS.has(lower[i + 1]) && /\.\p{L}\.$/u.test(tokens.textOf(i))) {
      stop = i;
    }
    if (stop >= 0) {
      if (stop + 1 < n && para[stop + 1] !== para[i]) { i = stop - 1; continue; }
      close(stop);
      i = stop;
    }
  }
  // The headline's sentences (a prefix) were numbered before their count was known.
  for (let k = 0; k < n && para[k] < 0; k++) tokens.sent[k] -= headline;
  return { all: sentences, sentStart, sentEnd };
}
