/**
 * Where a clause starts inside a sentence, for the subject passes (subject.ts): after a semicolon, or after
 * "with" before a participle, which then has a subject of its own.
 */
import type { Doc } from '../doc';
import type { Phrase } from '../mentions/np';
import { isStopWord, isVerbFormOnly, OBJECT_PRONOUNS } from '../mentions/lexicon';
import { QUOTE, WORD } from '../text/tokenTable';
import { writtenBySubject } from './participleObject';

/** "Kenya backed the plan; Djibouti answered the call and promised …": a semicolon opens a clause of its own. */
export function afterSemicolon(doc: Doc, opening: number, before: number): number {
  const { lower, kind } = doc.tokens;
  for (let k = before - 1; k > opening; k--) {
    if (kind[k] === QUOTE) return opening;
    if (lower[k] === ';' && kind[k + 1] === WORD) return k + 1;
  }
  return opening;
}

/**
 * "…, with new reports saying …": the bare phrase after "with" is the participle's own subject, unless it is
 * a document naming no author ("Fans replied with posts calling …": the subject's own, participleObject.ts).
 */
export function subjectAfterWith(doc: Doc, k: number): { phrase: Phrase; apposition: null } | null {
  const { lower, kind } = doc.tokens;
  // "…, with a spokesperson for them saying …": the one speaking for a body named by a pronoun.
  if (OBJECT_PRONOUNS.has(lower[k]) && (lower[k - 1] === 'for' || lower[k - 1] === 'of')) k -= 2;
  // "…, with a scientist at the warning centre noting …": a post-modified phrase, whose nouns may be verb forms.
  for (let j = k - 1; j >= k - 8; j--) {
    if (lower[j] === 'with') return writtenBySubject(doc, { first: j + 1, last: k }) ? null : { phrase: { first: j + 1, last: k }, apposition: null };
    // "…, with exports rising and the government saying …": a coordination ends the phrase.
    if (lower[j] === 'and' || lower[j] === 'or') return null;
    if (kind[j] !== WORD || (isStopWord(lower[j]) && !isVerbFormOnly(lower[j]))) return null;
  }
  return null;
}

/** Tokens scanned back from "and" for the first participle of the pair. */
const MAX_FIRST_PARTICIPLE = 30;

/**
 * `…, with Baird tweeting that it was a "disaster" and asking, "…?"`: a participle after "and" shares the subject
 * of the participle it is joined to, when that one has its own subject after "with" (subjectAfterWith).
 */
export function withSubjectOfJoinedParticiple(doc: Doc, cueFirst: number, floor: number): { phrase: Phrase; apposition: null } | null {
  const { lower, kind } = doc.tokens;
  if (lower[cueFirst - 1] !== 'and') return null;
  for (let k = cueFirst - 2; k > floor && k >= cueFirst - MAX_FIRST_PARTICIPLE; k--) {
    if (lower[k] === ';' || lower[k] === 'with') return null;
    if (kind[k] === WORD && lower[k].length > 4 && lower[k].endsWith('ing')) return subjectAfterWith(doc, k - 1);
  }
  return null;
}
