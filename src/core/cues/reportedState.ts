/**
 * A past form of a cue verb between a noun and a participle of fate is a reduced passive, not a report:
 * "The three hikers reported missing on Sunday were found alive", "two soldiers confirmed dead in the attack",
 * "the victims, reported killed by gunmen, …" (= who were reported killed). No one is named as the source of
 * the report, and what follows is no content clause: a clause never opens on a participle. The participle must
 * end its phrase (punctuation, a preposition, a conjunction, an auxiliary or a time word after it): before a
 * noun it modifies the object of an active report ("The firm reported improved profits", "Residents reported
 * injured animals near the river" stay reports).
 */
import type { Doc } from '../doc';
import { PUNCT, WORD } from '../text/tokenTable';
import { BE_FORMS, FINITE_AUXILIARIES, IRREGULAR_PAST } from '../statements/verbWords';
import { CLAUSE_BLOCKING_PREPOSITIONS } from '../statements/contentStart';
import data from '../data/nonSpeech.json';

const STATE_WORDS: ReadonlySet<string> = new Set(data.stateWords);
/** Words after the participle that end its phrase ("reported killed on …", "… and", "… were", "… yesterday"). */
const PHRASE_ENDS = new Set(['and', 'or', 'but', 'while', 'when', 'after', 'last', 'this', 'earlier', 'yesterday', 'today']);
/** Subjects of an active past ("they reported seized …" is a verb with its object moved, never this passive). */
const SUBJECT_PRONOUNS = /^(?:he|she|it|they|we|i|you|who|that|which)$/;

function isFateParticiple(word: string): boolean {
  return STATE_WORDS.has(word) || IRREGULAR_PAST.has(word) || /^[a-z]{2,}ed$/.test(word);
}

/** Whether the past-form cue at token `i` is the participle of a reduced passive ("reported killed on Sunday"). */
export function isReportedState(doc: Doc, i: number): boolean {
  const { lower, kind, cap, sent } = doc.tokens;
  const prev = i - 1;
  const part = i + 1;
  const after = i + 2;
  if (prev < 0 || after >= doc.tokens.length || sent[prev] !== sent[i] || sent[part] !== sent[i]) return false;
  // The noun (or the comma of an aside: "the victims, reported killed by …") before the form.
  if (!(kind[prev] === WORD && !SUBJECT_PRONOUNS.test(lower[prev]) && !BE_FORMS.has(lower[prev]) && !FINITE_AUXILIARIES.has(lower[prev])) && lower[prev] !== ',') return false;
  if (kind[part] !== WORD || cap[part] === 1 || !isFateParticiple(lower[part])) return false;
  if (sent[after] !== sent[i]) return true;
  const next = lower[after];
  if (kind[after] === PUNCT) return next !== ':';
  return kind[after] === WORD && (CLAUSE_BLOCKING_PREPOSITIONS.has(next) || PHRASE_ENDS.has(next) || BE_FORMS.has(next) || FINITE_AUXILIARIES.has(next));
}
