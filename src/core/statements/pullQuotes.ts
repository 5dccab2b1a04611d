/**
 * Pull quotes that lost their marks: a paragraph of the source's words followed by a bare attribution
 * line, as scraped pages flatten them — "This was a very difficult decision, … Program. Charles Bolden,
 * NASA Administrator". The words must also appear elsewhere in the article (a pull quote repeats the
 * body), so an ordinary paragraph ending in a name is never taken for one.
 */
import type { Doc } from '../doc';
import { phraseStartingAt, type Phrase } from '../mentions/np';
import { VERB_FORMS } from '../cues/lexicon';
import { QUOTE, WORD } from '../text/tokenTable';
import { isSpace } from '../knowledge/wordChars';
import { keyOf, SentenceRepeats } from './repeats';

export interface PullQuote {
  readonly start: number;
  readonly end: number;
  readonly para: number;
  readonly phrase: Phrase;
}

const TAIL_WORDS = new Set(['of', 'the', 'and', 'for', 'at', 'in', 'on', 'to', 'de', 'al', 'from']);

/** Whether the sentence of tokens [first, last] is a bare attribution: a name and a role, no verb. */
export function isAttributionLine(doc: Doc, first: number, last: number): boolean {
  const { cap, kind, lower } = doc.tokens;
  if (last - first > 11 || cap[first] !== 1 || /^[.!?]$/.test(lower[last])) return false;
  for (let k = first; k <= last; k++) {
    if (kind[k] === QUOTE) return false;
    if (kind[k] === WORD && cap[k] !== 1 && !TAIL_WORDS.has(lower[k]) && !/\d/.test(doc.tokens.textOf(k))) return false;
    if (kind[k] === WORD && VERB_FORMS.has(lower[k]) && k > first) return false;
  }
  return true;
}

/**
 * Whether `text[start, end).split(/\s+/)` has at least `n` pieces (runs of white space + 1), counted in
 * place: no copy of the paragraph and no array of its words.
 */
function piecesAtLeast(text: string, start: number, end: number, n: number): boolean {
  let pieces = 1;
  for (let i = start; i < end && pieces < n; i++) {
    if (!isSpace(text.charCodeAt(i))) continue;
    pieces++;
    while (i + 1 < end && isSpace(text.charCodeAt(i + 1))) i++;
  }
  return pieces >= n;
}

export function findPullQuotes(doc: Doc): PullQuote[] {
  const repeats = new SentenceRepeats(doc);
  const found: PullQuote[] = [];
  const firstToken = new Int32Array(doc.sentences.length).fill(-1);
  // One step per sentence: from a sentence's first token to the next one's.
  for (let i = 0; i < doc.tokens.length; i = doc.sentEnd[i] + 1) {
    const s = doc.tokens.sent[i];
    if (s >= 0 && firstToken[s] < 0) firstToken[s] = i;
  }
  for (let s = 1; s < doc.sentences.length; s++) {
    const tail = doc.sentences[s];
    const body = doc.sentences[s - 1];
    const next = doc.sentences[s + 1];
    if (body.paragraph !== tail.paragraph || (next && next.paragraph === tail.paragraph)) continue;
    const first = firstToken[s];
    if (first < 0 || !isAttributionLine(doc, first, doc.sentEnd[first])) continue;
    // The body is every earlier sentence of the paragraph; its first sentence must repeat elsewhere.
    let b = s - 1;
    while (b > 0 && doc.sentences[b - 1].paragraph === tail.paragraph) b--;
    const opening = doc.sentences[b];
    if (repeats.count(keyOf(doc.text, opening.start, opening.end)) < 2) continue;
    if (!piecesAtLeast(doc.text, opening.start, body.end, 6)) continue;
    const phrase = phraseStartingAt(doc, first);
    if (phrase) found.push({ start: opening.start, end: body.end, para: tail.paragraph, phrase });
  }
  return found;
}
