/**
 * A past form right after a comma and before a capitalised title is a participle in an apposition, naming the
 * office someone was put forward for, not a verb of saying: "Rex Tillman, proposed Secretary of State for the new
 * administration, implied …", "Anna Pierce, nominated Minister of Health, said …". ("The mayor confirmed
 * Minister Hale would resign" has no comma before the verb.)
 */
import type { Doc } from '../doc';
import { PERSON_ROLES, ROLES } from '../mentions/lexicon';
import { WORD } from '../text/tokenTable';
import { VERB_FORMS } from './lexicon';

export function isAppositiveTitle(doc: Doc, i: number): boolean {
  const { lower, kind, cap, sent } = doc.tokens;
  if (VERB_FORMS.get(lower[i])?.inflection !== 'past' || i < 1 || lower[i - 1] !== ',' || sent[i + 1] !== sent[i]) return false;
  const title = lower[i + 1] ?? '';
  return kind[i + 1] === WORD && cap[i + 1] === 1 && (ROLES.has(title) || PERSON_ROLES.has(title));
}
