/**
 * Nouns that name a claim and take its content as a clause: "reports (that) he is unwell", "allegations he
 * ordered his forces to fire". Two rules follow:
 *   - after a cue, the claim is the noun's clause: "Officials have denied reports he is unwell" reports
 *     "he is unwell" (what is denied), not "reports he is unwell";
 *   - a cue inside such a clause is not the article's attribution: in "questions about allegations he
 *     ordered troops to fire", "ordered" is what is alleged, not a statement made.
 */
import type { Doc } from '../doc';
import type { Phrase } from '../mentions/np';
import { SUBJECT_PRONOUNS } from '../mentions/lexicon';

const CLAIM_NOUNS = new Set(['report', 'reports', 'claim', 'claims', 'allegation', 'allegations', 'accusation', 'accusations', 'suggestion', 'suggestions', 'rumour', 'rumours', 'rumor', 'rumors', 'speculation', 'assertion', 'assertions', 'insinuation', 'insinuations', 'idea', 'notion', 'view', 'theory']);
const LEADING = new Set(['the', 'these', 'those', 'such', 'any', 'all', 'recent', 'earlier', 'media', 'press', 'news']);

/**
 * When the content starting at token `i` is a claim noun and its clause ("reports that he is unwell",
 * "reports he is unwell"), the index of "that" or of the clause's pronoun subject; else `i`.
 */
export function claimClauseStart(doc: Doc, i: number): number {
  const lower = doc.tokens.lower;
  let k = i;
  while (k < i + 2 && LEADING.has(lower[k])) k++;
  if (!CLAIM_NOUNS.has(lower[k])) return i;
  const next = lower[k + 1];
  return next === 'that' || SUBJECT_PRONOUNS.has(next) ? k + 1 : i;
}

/** Whether `word` names a claim ("reports", "suggestions", "allegations"). */
export function isClaimNoun(word: string): boolean {
  return CLAIM_NOUNS.has(word);
}

/** Whether a cue's subject opens the clause of a claim noun ("allegations [he] ordered …"). */
export function subjectInsideClaim(doc: Doc, subject: Phrase): boolean {
  const lower = doc.tokens.lower;
  let k = subject.first - 1;
  if (lower[k] === 'that') k--;
  return k >= 0 && doc.tokens.sent[k] === doc.tokens.sent[subject.first] && CLAIM_NOUNS.has(lower[k]);
}
