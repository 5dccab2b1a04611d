/**
 * Noun phrases that can name a source, found by walking tokens from a fixed end: backwards from a cue
 * ("Bush's national security adviser, Condoleezza Rice" ← said) or forwards after it (said → "the post by an
 * unknown author on pigmy"). Capitalised words, determiners, possessives, lowercase nouns and joiners
 * ("of", "and", "al") make up the phrase; verbs and function words end it.
 */
import type { Doc } from '../doc';
import { CALENDAR, DETERMINERS, JOINERS, isStopWord, ROLES, GROUPS, TITLES } from './lexicon';
import { PUNCT, QUOTE, WORD } from '../text/tokenTable';

export interface Phrase {
  readonly first: number;
  readonly last: number;
}

const SENTENCE_CAPS = new Set(['the', 'a', 'an', 'in', 'on', 'at', 'after', 'before', 'when', 'while', 'but', 'and', 'as', 'if', 'for', 'since', 'during', 'yesterday', 'today', 'however', 'meanwhile', 'also', 'then', 'so', 'although', 'though', 'because', 'with', 'without', 'despite', 'following', 'asked', 'speaking', 'writing', 'according']);

/** Whether token `i` can be part of a source noun phrase. */
export function npToken(doc: Doc, i: number): boolean {
  const { kind, lower, cap, digitFirst } = doc.tokens;
  const type = kind[i];
  if (type === undefined) return false;
  // A punctuation token's `lower` is the mark itself.
  if (type === PUNCT) return lower[i] === '-' || lower[i] === '&';
  if (type === QUOTE) return false;
  const word = lower[i];
  if (word === "'s" || word === '’s') return true;
  if (cap[i] === 1) return (!SENTENCE_CAPS.has(word) || DETERMINERS.has(word)) && !(CALENDAR.has(word) && digitFirst[i + 1] === 1);
  if (digitFirst[i] === 1) return !CALENDAR.has(lower[i - 1] ?? '');
  return DETERMINERS.has(word) || JOINERS.has(word) || !isStopWord(word);
}

/** A lowercase joiner ("of", "and", "al"); capitalised, "La" or "De" is part of a name. */
function isJoiner(doc: Doc, i: number): boolean {
  return i >= 0 && i < doc.tokens.length && doc.tokens.cap[i] !== 1 && JOINERS.has(doc.tokens.lower[i]);
}

function isHead(doc: Doc, i: number): boolean {
  const { cap, lower, upperOrDigit } = doc.tokens;
  return cap[i] === 1 || isRoleWord(lower[i]) || TITLES.has(lower[i]) || upperOrDigit[i] === 1;
}

/** A role or group noun, plurals included ("authors", "spokesmen"). */
function isRoleWord(lower: string): boolean {
  if (ROLES.has(lower) || GROUPS.has(lower)) return true;
  if (lower.endsWith('men')) return ROLES.has(lower.slice(0, -3) + 'man');
  return lower.endsWith('s') && ROLES.has(lower.slice(0, -1));
}

/** The phrase ending at token `last` (inclusive), going back no further than `floor`; null when none. */
export function phraseEndingAt(doc: Doc, last: number, floor: number): Phrase | null {
  const { lower, cap, sent, kind } = doc.tokens;
  if (last < 0 || last >= doc.tokens.length || !npToken(doc, last) || isJoiner(doc, last) || DETERMINERS.has(lower[last]) && cap[last] !== 1) return null;
  const s = sent[last];
  let first = last;
  while (first - 1 >= floor && first > last - 25 && sent[first - 1] === s) {
    const t = first - 1;
    const titleTo = lower[t] === 'to' && TITLES.has(lower[first - 2] ?? '') && capitalisedAfter(doc, first - 1);
    if (!npToken(doc, t) && !titleTo) break;
    if (JOINERS.has(lower[t]) && cap[t] !== 1) {
      if (!npToken(doc, first - 2) || sent[first - 2] !== s || first - 2 < floor) break;
    }
    first--;
    if (DETERMINERS.has(lower[t]) && !(JOINERS.has(lower[first - 1] ?? '') && npToken(doc, first - 2))) break;
  }
  // "Tasmania was excluded from the study": a lowercase word with no determiner before it is not the
  // start of the phrase unless it is a role noun ("officials said").
  while (first < last && (isJoiner(doc, first) || kind[first] === PUNCT || startsBare(doc, first))) first++;
  // A sentence-initial capitalised verb form or adverb is not part of the phrase ("Yesterday Mohamed ...").
  while (first < last && cap[first] === 1 && isStopWord(lower[first])) first++;
  if (!hasHead(doc, first, last)) return null;
  return { first, last };
}

/** The phrase starting at token `first`, stopping at a comma, a verb or the sentence end. */
export function phraseStartingAt(doc: Doc, first: number): Phrase | null {
  const { lower, cap, sent, kind } = doc.tokens;
  const n = doc.tokens.length;
  if (first < 0 || first >= n || !npToken(doc, first) || isJoiner(doc, first)) return null;
  const s = sent[first];
  let last = first;
  let headSeen = isHead(doc, first) && !DETERMINERS.has(lower[first]);
  for (let i = first + 1; i < n && sent[i] === s && i - first < 25; i++) {
    const word = lower[i];
    if (word === "'s" || word === '’s') { continue; }
    if (word === 'to' && TITLES.has(lower[i - 1]) && capitalisedAfter(doc, i)) continue;
    if (!npToken(doc, i)) break;
    if (JOINERS.has(word) && cap[i] !== 1) {
      const next = i + 1;
      if (next >= n || sent[next] !== s || !npToken(doc, next)) break;
      const endsThere = i + 2 >= n || sent[i + 2] !== s || kind[i + 2] === PUNCT;
      if (!(cap[next] === 1 || DETERMINERS.has(lower[next]) || endsThere)) break;
      continue;
    }
    if (headSeen && cap[i] !== 1 && !isHead(doc, i) && kind[i - 1] === WORD && !JOINERS.has(lower[i - 1]) && lower[i - 1] !== 'to' && !DETERMINERS.has(lower[i - 1])) break;
    last = i;
    if (isHead(doc, i)) headSeen = true;
  }
  while (last > first && (isJoiner(doc, last) || kind[last] === PUNCT)) last--;
  return hasHead(doc, first, last) ? { first, last } : null;
}

/** "Ambassador to the United States": a capitalised name, maybe after "the", follows token `i`. */
function capitalisedAfter(doc: Doc, i: number): boolean {
  const { cap, lower } = doc.tokens;
  return i + 1 < doc.tokens.length && (cap[i + 1] === 1 || (lower[i + 1] === 'the' && cap[i + 2] === 1));
}

function startsBare(doc: Doc, i: number): boolean {
  const { kind, cap, lower, digitFirst } = doc.tokens;
  return kind[i] === WORD && cap[i] !== 1 && !DETERMINERS.has(lower[i]) && !isRoleWord(lower[i]) && digitFirst[i] !== 1;
}

function hasHead(doc: Doc, first: number, last: number): boolean {
  const { cap, lower } = doc.tokens;
  for (let i = first; i <= last; i++) if (isHead(doc, i) && !(DETERMINERS.has(lower[i]) && cap[i] === 1)) return true;
  return false;
}
