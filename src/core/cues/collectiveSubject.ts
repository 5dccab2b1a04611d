/**
 * British plural agreement: "Her family say they have hardly spoken to her", "The club claim they were never
 * told". A base form right after a singular noun is usually a compound noun ("a blog post", "an asylum claim"),
 * but after a collective noun of people (cues.json collectiveSubjects) and before a subject pronoun opening the
 * content it is the verb. "the family claim was rejected", "a team post on its website" stay nouns; "it" is
 * left out ("the council report it published"), and so are verbs often nouns ("report", "post").
 */
import type { Doc } from '../doc';
import data from '../data/cues.json';

const COLLECTIVE_SUBJECTS: ReadonlySet<string> = new Set(data.collectiveSubjects);
/** A subject pronoun, alone or fused with its auxiliary ("they", "they've", "we're"). */
const PRONOUN_SUBJECT = /^(?:he|she|they|we|i)(?:['\u2019](?:d|ll|ve|s|re|m))?$/;
/** Verbs whose content is mostly a clause (cues.json clauseOverObject): "report", "post" are nouns too often. */
const CLAUSE_OVER_OBJECT: ReadonlySet<string> = new Set(data.clauseOverObject);

/** Whether the base form at token `i`, after the noun at `prev`, is the verb of a collective subject. */
export function collectiveBeforeClause(doc: Doc, prev: number, i: number, lemma: string): boolean {
  const { lower, sent } = doc.tokens;
  return CLAUSE_OVER_OBJECT.has(lemma) && COLLECTIVE_SUBJECTS.has(lower[prev]) && sent[i + 1] === sent[i] && PRONOUN_SUBJECT.test(lower[i + 1] ?? '');
}
