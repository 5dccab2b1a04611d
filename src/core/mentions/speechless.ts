/**
 * A definite noun phrase that names no possible source: "the bombings", "these attacks", "the new rules". No name,
 * no role or group noun (roles.json), no document, expression or finding noun, no noun of an agent's ending
 * ("the attackers", "the organisers"), so what it "underlined" or "revealed" is someone else's reading of it.
 */
import type { Doc } from '../doc';
import type { Phrase } from './np';
import { WORD } from '../text/tokenTable';
import { NATIONALITY_NOUNS, PERSON_ROLES, THING_ROLES } from './lexicon';
import { isRoleWord } from './npClasses';
import { DOCUMENT_NOUNS, EXPRESSION_NOUNS } from './documentNouns';
import { FINDING_SOURCES } from '../cues/lexicon';

const DEFINITE = new Set(['the', 'these', 'those', 'this', 'that']);
/** Endings of nouns for agents, which may speak though no role list holds them ("the protesters", "the pollsters"). */
const AGENT_ENDING = /(?:ers?|ors?|ists?|ians?|ants?|ents?|ees?)$/;
const MAX_WORDS = 4;

export function namesNoSource(doc: Doc, phrase: Phrase): boolean {
  const { lower, cap, kind } = doc.tokens;
  if (!DEFINITE.has(lower[phrase.first]) || phrase.last === phrase.first || phrase.last - phrase.first >= MAX_WORDS) return false;
  for (let k = phrase.first + 1; k <= phrase.last; k++) if (kind[k] !== WORD || cap[k] === 1) return false;
  const head = lower[phrase.last];
  return !isRoleWord(head) && !PERSON_ROLES.has(head) && !THING_ROLES.has(head) && !DOCUMENT_NOUNS.has(head) && !EXPRESSION_NOUNS.has(head)
    && !FINDING_SOURCES.has(head) && !NATIONALITY_NOUNS.has(head) && !AGENT_ENDING.test(head);
}
