/**
 * Noun phrases that can name a source, found by walking tokens from a fixed end: backwards from a cue
 * ("Bush's national security adviser, Condoleezza Rice" ← said) or forwards after it (said → "the post by an
 * unknown author on pigmy"). Capitalised words, determiners, possessives, lowercase nouns and joiners
 * ("of", "and", "al") make up the phrase; verbs and function words end it.
 */
import type { Doc } from '../doc';
import { CALENDAR, DETERMINERS, JOINERS, isStopWord, ROLES, GROUPS, TITLES } from './lexicon';

export interface Phrase {
  readonly first: number;
  readonly last: number;
}

const SENTENCE_CAPS = new Set(['the', 'a', 'an', 'in', 'on', 'at', 'after', 'before', 'when', 'while', 'but', 'and', 'as', 'if', 'for', 'since', 'during', 'yesterday', 'today', 'however', 'meanwhile', 'also', 'then', 'so', 'although', 'though', 'because', 'with', 'without', 'despite', 'following', 'asked', 'speaking', 'writing', 'according']);

/** Whether token `i` can be part of a source noun phrase. */
export function npToken(doc: Doc, i: number): boolean {
  const t = doc.tokens[i];
  if (!t) return false;
  if (t.type === 'p') return t.text === '-' || t.text === '&';
  if (t.type === 'q') return false;
  if (t.lower === "'s" || t.lower === '’s') return true;
  if (t.cap) return (!SENTENCE_CAPS.has(t.lower) || DETERMINERS.has(t.lower)) && !(CALENDAR.has(t.lower) && /^\d/.test(doc.tokens[i + 1]?.text ?? ''));
  if (/^\d/.test(t.text)) return !CALENDAR.has(doc.tokens[i - 1]?.lower ?? '');
  return DETERMINERS.has(t.lower) || JOINERS.has(t.lower) || !isStopWord(t.lower);
}

/** A lowercase joiner ("of", "and", "al"); capitalised, "La" or "De" is part of a name. */
function isJoiner(doc: Doc, i: number): boolean {
  const t = doc.tokens[i];
  return t !== undefined && !t.cap && JOINERS.has(t.lower);
}

function isHead(doc: Doc, i: number): boolean {
  const t = doc.tokens[i];
  return t.cap || isRoleWord(t.lower) || TITLES.has(t.lower) || /[\p{Lu}\d]/u.test(t.text);
}

/** A role or group noun, plurals included ("authors", "spokesmen"). */
function isRoleWord(lower: string): boolean {
  if (ROLES.has(lower) || GROUPS.has(lower)) return true;
  if (lower.endsWith('men')) return ROLES.has(lower.slice(0, -3) + 'man');
  return lower.endsWith('s') && ROLES.has(lower.slice(0, -1));
}

/** The phrase ending at token `last` (inclusive), going back no further than `floor`; null when none. */
export function phraseEndingAt(doc: Doc, last: number, floor: number): Phrase | null {
  const sent = doc.tokens[last]?.sent;
  if (sent === undefined || !npToken(doc, last) || isJoiner(doc, last) || DETERMINERS.has(doc.tokens[last].lower) && !doc.tokens[last].cap) return null;
  let first = last;
  while (first - 1 >= floor && first > last - 25 && doc.tokens[first - 1].sent === sent) {
    const t = doc.tokens[first - 1];
    const titleTo = t.lower === 'to' && TITLES.has(doc.tokens[first - 2]?.lower ?? '') && capitalisedAfter(doc, first - 1);
    if (!npToken(doc, first - 1) && !titleTo) break;
    if (JOINERS.has(t.lower) && !t.cap) {
      if (!npToken(doc, first - 2) || doc.tokens[first - 2].sent !== sent || first - 2 < floor) break;
    }
    first--;
    if (DETERMINERS.has(t.lower) && !(JOINERS.has(doc.tokens[first - 1]?.lower ?? '') && npToken(doc, first - 2))) break;
  }
  // "Tasmania was excluded from the study": a lowercase word with no determiner before it is not the
  // start of the phrase unless it is a role noun ("officials said").
  while (first < last && (isJoiner(doc, first) || doc.tokens[first].type === 'p' || startsBare(doc, first))) first++;
  // A sentence-initial capitalised verb form or adverb is not part of the phrase ("Yesterday Mohamed ...").
  while (first < last && doc.tokens[first].cap && isStopWord(doc.tokens[first].lower)) first++;
  if (!hasHead(doc, first, last)) return null;
  return { first, last };
}

/** The phrase starting at token `first`, stopping at a comma, a verb or the sentence end. */
export function phraseStartingAt(doc: Doc, first: number): Phrase | null {
  const sent = doc.tokens[first]?.sent;
  if (sent === undefined || !npToken(doc, first) || isJoiner(doc, first)) return null;
  let last = first;
  let headSeen = isHead(doc, first) && !DETERMINERS.has(doc.tokens[first].lower);
  for (let i = first + 1; i < doc.tokens.length && doc.tokens[i].sent === sent && i - first < 25; i++) {
    const t = doc.tokens[i];
    if (t.lower === "'s" || t.lower === '’s') { continue; }
    if (t.lower === 'to' && TITLES.has(doc.tokens[i - 1].lower) && capitalisedAfter(doc, i)) continue;
    if (!npToken(doc, i)) break;
    if (JOINERS.has(t.lower) && !t.cap) {
      const next = doc.tokens[i + 1];
      if (!next || next.sent !== sent || !npToken(doc, i + 1)) break;
      const endsThere = !doc.tokens[i + 2] || doc.tokens[i + 2].sent !== sent || doc.tokens[i + 2].type === 'p';
      if (!(next.cap || DETERMINERS.has(next.lower) || endsThere)) break;
      continue;
    }
    if (headSeen && !t.cap && !isHead(doc, i) && doc.tokens[i - 1].type === 'w' && !JOINERS.has(doc.tokens[i - 1].lower) && doc.tokens[i - 1].lower !== 'to' && !DETERMINERS.has(doc.tokens[i - 1].lower)) break;
    last = i;
    if (isHead(doc, i)) headSeen = true;
  }
  while (last > first && (isJoiner(doc, last) || doc.tokens[last].type === 'p')) last--;
  return hasHead(doc, first, last) ? { first, last } : null;
}

/** "Ambassador to the United States": a capitalised name, maybe after "the", follows token `i`. */
function capitalisedAfter(doc: Doc, i: number): boolean {
  const next = doc.tokens[i + 1];
  return next !== undefined && (next.cap || (next.lower === 'the' && doc.tokens[i + 2]?.cap === true));
}

function startsBare(doc: Doc, i: number): boolean {
  const t = doc.tokens[i];
  return t.type === 'w' && !t.cap && !DETERMINERS.has(t.lower) && !isRoleWord(t.lower) && !/^\d/.test(t.text);
}

function hasHead(doc: Doc, first: number, last: number): boolean {
  for (let i = first; i <= last; i++) if (isHead(doc, i) && !(DETERMINERS.has(doc.tokens[i].lower) && doc.tokens[i].cap)) return true;
  return false;
}
