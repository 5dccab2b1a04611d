/** Which tokens may stand in a source noun phrase, and which head one (np.ts walks them). */
import type { Doc } from '../doc';
import { PUNCT, QUOTE, WORD } from '../text/tokenTable';
import { verbFormModifyingNoun } from './npModifiers';
import { isPluralApostrophe } from './pluralApostrophe';
import { CALENDAR_WORD, CAPITAL_OK, IN_NAMES, JOINER, LOWER_OK, POSSESSIVE, ROLE_WORD, TITLE, Walk } from './npClasses';

/** Whether token `i` can be part of a source noun phrase. */
export function npToken(doc: Doc, i: number): boolean {
  return canBeInPhrase(Walk.of(doc), i);
}

export function canBeInPhrase(w: Walk, i: number): boolean {
  const { kind, lower, cap, digitFirst } = w.tokens;
  const type = kind[i];
  if (type === undefined) return false;
  // A punctuation token's `lower` is the mark itself.
  if (type === PUNCT) return lower[i] === '-' || lower[i] === '&';
  if (type === QUOTE) return isPluralApostrophe(w.tokens, i);
  if (w.is(i, POSSESSIVE)) return true;
  // "Russia Today": a word lowercase in running text, capitalised right after a name word, is part of the name.
  if (cap[i] === 1 && w.is(i, IN_NAMES)) return cap[i - 1] === 1 && kind[i - 1] === WORD && w.tokens.sent[i - 1] === w.tokens.sent[i];
  if (cap[i] === 1) return w.is(i, CAPITAL_OK) && !(w.is(i, CALENDAR_WORD) && digitFirst[i + 1] === 1);
  if (digitFirst[i] === 1) return !w.is(i - 1, CALENDAR_WORD);
  if (verbFormModifyingNoun(w, i)) return true;
  // "an estimated 2,000 people", "a reported 50,000 campaigners": a participle between "a" and a number.
  if (digitFirst[i + 1] === 1 && (lower[i - 1] === 'a' || lower[i - 1] === 'an') && lower[i].endsWith('ed')) return true;
  return w.is(i, LOWER_OK);
}

/** A lowercase joiner ("of", "and", "al"); capitalised, "La" or "De" is part of a name. */
export function isJoiner(w: Walk, i: number): boolean {
  return i >= 0 && i < w.tokens.length && w.tokens.cap[i] !== 1 && w.is(i, JOINER);
}

export function isHead(w: Walk, i: number): boolean {
  return w.tokens.cap[i] === 1 || w.is(i, ROLE_WORD | TITLE) || w.tokens.upperOrDigit[i] === 1;
}
