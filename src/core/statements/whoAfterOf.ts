/**
 * "… echoed the tone of Cruz, who has called the mogul a phony": a relative "who" speaks for a person, so
 * when the phrase before it is a thing's noun with "of" and a name ("the tone of Cruz", "the campaign
 * speech of Ana Ruiz"), the name is the antecedent, not the thing. A person's noun before "of" keeps the
 * whole phrase ("the mother of Tom Reed, who said …": the mother speaks).
 */
import type { Doc } from '../doc';
import type { Phrase } from '../mentions/np';
import { GROUPS, PERSON_ROLES, ROLES } from '../mentions/lexicon';
import { WORD } from '../text/tokenTable';

/** The name after "of" in `phrase` when the noun before "of" names no person, else null. */
export function personAfterOf(doc: Doc, phrase: Phrase): Phrase | null {
  const { lower, cap, kind } = doc.tokens;
  if (cap[phrase.last] !== 1) return null;
  let of = -1;
  for (let k = phrase.last - 1; k > phrase.first; k--) {
    if (lower[k] === 'of') { of = k; break; }
    if (kind[k] !== WORD || cap[k] !== 1) return null;
  }
  if (of < 0) return null;
  const noun = lower[of - 1];
  const singular = noun.endsWith('s') ? noun.slice(0, -1) : noun;
  if (cap[of - 1] === 1 || kind[of - 1] !== WORD || [noun, singular].some((w) => ROLES.has(w) || PERSON_ROLES.has(w) || GROUPS.has(w))) return null;
  return { first: of + 1, last: phrase.last };
}
