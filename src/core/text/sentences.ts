/**
 * Sentence splitting over tokens. A sentence ends at "." "!" "?" (with any closing marks after it) when the
 * next word starts a sentence, and always at a paragraph end. Abbreviations ("Mr.", "Gen.", "W.", "U.S."),
 * decimals (one token) and ellipses ("...", "…") do not end a sentence: "U.S. officials said" stays whole;
 * "in the U.S. The next day" ends only because "The" is a usual sentence opener.
 */
import type { Sentence } from '../types';
import type { Token } from './tokens';

const OPENERS = new Set(['the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'this', 'that', 'these', 'those', 'but', 'and', 'in', 'on', 'at', 'his', 'her', 'their', 'its', 'our', 'there', 'however', 'after', 'before', 'when', 'while', 'meanwhile', 'as', 'if', 'for', 'some', 'many', 'most', 'according', 'since', 'during', 'officials', 'police']);
const CLOSERS = new Set(['"', '”', '’', "'", ')', ']', '»', '›', '“']);
const ENDS = new Set(['.', '!', '?']);

function isEllipsisDot(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  return (prev !== undefined && prev.text === '.' && prev.end === t.start) || (next !== undefined && next.text === '.' && next.start === t.end);
}

/** Whether the token after index `j` (exclusive) begins a new sentence. */
function startsSentence(next: Token | undefined): boolean {
  if (!next) return true;
  if (next.type === 'w') return next.cap || /^\d/.test(next.text);
  return next.type === 'q' || next.text === '(' || next.text === '[' || next.text === '—' || next.text === '-';
}

/** Assigns `sent` on every token and returns the sentence spans (paragraph index of the first token). */
export function splitSentences(tokens: Token[]): Sentence[] {
  const sentences: Sentence[] = [];
  let first = 0;
  const close = (last: number) => {
    for (let k = first; k <= last; k++) tokens[k].sent = sentences.length;
    sentences.push({ start: tokens[first].start, end: tokens[last].end, paragraph: tokens[first].para });
    first = last + 1;
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const next = tokens[i + 1];
    if (!next || next.para !== t.para) { close(i); continue; }
    let end = -1;
    if (t.type === 'p' && ENDS.has(t.text) && !(t.text === '.' && isEllipsisDot(tokens, i))) {
      let j = i;
      while (tokens[j + 1] && tokens[j + 1].para === t.para && CLOSERS.has(tokens[j + 1].text) && tokens[j + 1].start === tokens[j].end) j++;
      const after = tokens[j + 1];
      if (!after || after.para !== t.para || startsSentence(after)) end = j;
    } else if (t.abbr && /\.\p{L}\.$/u.test(t.text) && next.type === 'w' && OPENERS.has(next.lower) && next.cap) {
      end = i;
    }
    if (end >= 0) {
      const after = tokens[end + 1];
      if (after && after.para !== t.para) { i = end - 1; continue; }
      close(end);
      i = end;
    }
  }
  return sentences;
}
