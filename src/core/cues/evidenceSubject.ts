/**
 * Verbs that report speech with a speaking subject but mean "be evidence of" with a thing or an event as
 * subject: "The minister said the floods underlined "the need for new defences"", "The mayor said the delays
 * revealed a failure of planning". Inside what someone else said, such a verb is part of that person's words,
 * not a second source: the floods do not speak, the minister does. The subject right before the verb (past
 * adverbs and auxiliaries) must be a plain lowercase noun that names no person, group, body or document
 * ("the ministry revealed", "the report suggested", "officials hinted", "it signalled" stay cues).
 */
import type { Doc } from '../doc';
import { WORD } from '../text/tokenTable';
import { isRoleWord } from '../mentions/npClasses';
import { isStopWord, THING_ROLES } from '../mentions/lexicon';
import { DOCUMENT_NOUNS, EXPRESSION_NOUNS } from '../mentions/documentNouns';
import { beforeAdverbs } from './negation';
import { EVIDENCE_VERBS, FINDING_SOURCES, VERB_FORMS } from './lexicon';

const AUXILIARIES = new Set(['has', 'have', 'had']);
/** Determiners that open the thing's noun phrase ("the floods", "these delays", "its failures"). */
const DETERMINERS = new Set(['the', 'these', 'those', 'this', 'that', 'such', 'its', 'their', 'his', 'her', 'our']);
/** Lowercase words allowed between the determiner and the noun ("the recent deadly floods"). */
const MAX_MODIFIERS = 3;

/** Whether a lowercase common noun at `k` could be no speaker: no role, group, body, document or pronoun. */
function thingNoun(doc: Doc, k: number): boolean {
  const { lower, kind, cap } = doc.tokens;
  const w = lower[k];
  if (k < 0 || kind[k] !== WORD || cap[k] === 1 || isStopWord(w)) return false;
  return !isRoleWord(w) && !THING_ROLES.has(w) && !DOCUMENT_NOUNS.has(w) && !EXPRESSION_NOUNS.has(w) && !FINDING_SOURCES.has(w);
}

/**
 * Whether the subject ending at `k` is a determined noun phrase opening a reported clause: "said (that) the
 * floods underlined …". The determiner follows "that" or a cue verb; a noun inside a prepositional phrase
 * ("Officials at a press conference indicated …") or a bare plural ("People suggest …") is not such a subject.
 */
function opensReportedClause(doc: Doc, k: number): boolean {
  const { lower, sent, kind, cap } = doc.tokens;
  let d = k - 1;
  while (d > k - 1 - MAX_MODIFIERS && d >= 0 && kind[d] === WORD && cap[d] !== 1 && !DETERMINERS.has(lower[d]) && !isStopWord(lower[d])) d--;
  if (d < 1 || !DETERMINERS.has(lower[d]) || sent[d - 1] !== sent[k]) return false;
  const before = lower[d - 1];
  return (before === 'that' && lower[d] !== 'that') || VERB_FORMS.has(before);
}

/** Whether the cue verb at `i` (lemma `lemma`) has a thing for subject inside someone's reported words. */
export function isEvidenceSense(doc: Doc, i: number, lemma: string): boolean {
  if (!EVIDENCE_VERBS.has(lemma)) return false;
  let k = beforeAdverbs(doc, i);
  while (k >= 0 && AUXILIARIES.has(doc.tokens.lower[k])) k--;
  if (k < 0 || doc.tokens.sent[k] !== doc.tokens.sent[i] || !thingNoun(doc, k)) return false;
  return opensReportedClause(doc, k);
}
