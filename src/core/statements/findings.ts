/**
 * Verbs of evidence ("indicate", "suggest", "show", "imply") report a statement only when a source is
 * their subject: "The minister indicated that she would resign" is reported speech; "Spectral observations
 * of the asteroid indicated that it is metallic", "Estimates suggest 8,000 people are at sea" and "…, which
 * indicates that the rock is porous" are findings, not anyone's words. A source is a person, group or
 * organisation: a name, a role or group noun, or a personal pronoun ("it" stands for a thing as often).
 */
import type { CueSpan } from '../cues';
import type { Doc } from '../doc';
import { describe } from '../mentions/describe';
import { isStopWord } from '../mentions/lexicon';
import { isRoleWord } from '../mentions/npClasses';
import { PERSON_ROLES } from '../mentions/lexicon';
import type { Phrase } from '../mentions/np';
import { FINDING_SOURCES, VERB_FORMS } from '../cues/lexicon';
import { isCommonAtStart } from '../mentions/initialCaps';

const EVIDENCE_VERBS = new Set(['indicate', 'imply', 'show', 'demonstrate', 'suggest', 'signal', 'hint', 'prove', 'mean']);
const PREPOSITIONS = new Set(['of', 'for', 'at', 'from', 'with', 'in', 'on', 'to', 'by']);
/** Written works whose authors speak through them: "The study suggested that …", "Earlier reports had indicated …". */
const RESEARCH_NOUNS = new Set(['study', 'studies', 'research', 'report', 'reports', 'survey', 'surveys', 'poll', 'polls', 'analysis', 'analyses', 'paper', 'papers', 'review']);
/** Things said, so somebody's words: "Press briefings by officials indicated that …" reports them. */
const SPOKEN_NOUNS = new Set(['briefing', 'briefings', 'remarks', 'comments', 'interview', 'interviews', 'testimony', 'speech', 'speeches', 'announcement', 'announcements']);

/** The head of a phrase: the word before its first preposition ("samples from the site"), else its last word. */
function headToken(doc: Doc, p: Phrase): number {
  for (let k = p.first + 1; k <= p.last; k++) if (PREPOSITIONS.has(doc.tokens.lower[k])) return k - 1;
  return p.last;
}

/**
 * Whether the head is a common noun: lowercase, or capitalised only by opening the sentence and a word the
 * lexicons know ("Estimates suggest …"; "Smith suggested …" stays a possible name).
 */
function commonHead(doc: Doc, k: number): boolean {
  if (doc.tokens.cap[k] !== 1) return true;
  const word = doc.tokens.lower[k];
  return isCommonAtStart(doc, k) && (VERB_FORMS.has(word) || isStopWord(word));
}

/** Whether the head of `subject` is a research or document noun ("the survey", "FEC records"). */
function showsAsSource(doc: Doc, subject: Phrase): boolean {
  const word = doc.tokens.lower[headToken(doc, subject)];
  return RESEARCH_NOUNS.has(word) || FINDING_SOURCES.has(word);
}

/** Whether an evidence verb's subject phrase names no source, so the cue reports a finding. */
export function isFinding(doc: Doc, cue: CueSpan, subject: Phrase): boolean {
  if (!EVIDENCE_VERBS.has(cue.lemma)) return false;
  // "Polls show Smith ahead", "County records show he donated …": "show" reports only what a poll, study or
  // document shows; "Footage showed …", "Smith showed that …" show, they do not say.
  if (cue.lemma === 'show') return !showsAsSource(doc, subject);
  const info = describe(doc, subject);
  if (info.pronoun) return info.pronoun === 'it';
  if (info.name || info.parts.length) return false;
  const head = headToken(doc, subject);
  const word = doc.tokens.lower[head];
  // "Both officers indicated they would appeal": a plural of a role noun names people as its singular does.
  // "Several agencies indicated …": isRoleWord reads "-s" plurals; "-ies" ones are made singular here.
  const iesSingular = word.endsWith('ies') ? word.slice(0, -3) + 'y' : word;
  // "Some Clinton allies suggested …", "Her aides indicated …": a person noun (roles.json personRoles) names people.
  const person = PERSON_ROLES.has(iesSingular) || (word.endsWith('s') && PERSON_ROLES.has(word.slice(0, -1)));
  return commonHead(doc, head) && !isRoleWord(word) && !isRoleWord(iesSingular) && !person && !SPOKEN_NOUNS.has(word) && !RESEARCH_NOUNS.has(word) && !FINDING_SOURCES.has(word);
}
