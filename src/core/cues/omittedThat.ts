/**
 * Verbs that report a statement only with "that" (rule, hold, conclude, request: "the court held that …")
 * often drop it in news copy: "The court held he had financed the militia", "The judge ruled the contract was
 * void", "The agency requested tests be carried out". Without "that" they are a cue only when the words after
 * them are unmistakably a clause: a subject pronoun and a finite verb, or a short noun phrase and a tensed
 * auxiliary (or the subjunctive "be"), after a past form. "ruled the country for 20 years", "held a press conference", "held the
 * hearing in private", "requested a meeting with the board" have no such verb and stay no cue.
 */
import type { Doc } from '../doc';
import data from '../data/cues.json';
import { WORD } from '../text/tokenTable';
import { hasPluralEnding } from '../text/pluralSpelling';
import type { Inflection } from './lexicon';
import { PERSON_SUBJECTS } from '../mentions/lexicon';
import { AUX, FINITE_AUXILIARIES, FINITE_AUXILIARIES_AND_DO, IRREGULAR_PAST } from '../statements/verbWords';

/** Lemmas whose "that" may be dropped before a clear clause (cues.json thatOmitted). */
const THAT_OMITTED: ReadonlySet<string> = new Set(data.thatOmitted);
const NOUN_PHRASE_STARTS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'this', 'these', 'those', 'all', 'both', 'no']);
/** Words inside a subject noun phrase before its verb: "the search of the house was unlawful". */
const MAX_SUBJECT = 6;
/** A preposition other than "of" ends a noun object ("held the hearing in private"), so no subject goes on. */
const OBJECT_ENDERS = new Set(['in', 'at', 'on', 'for', 'from', 'by', 'with', 'to', 'during', 'after', 'before', 'until', 'since', 'as', 'when', 'while', 'who', 'which', 'that', 'but', 'or', 'if', 'because']);

/** Whether a that-only cue of lemma `lemma` is followed at token `k` by a clause that makes it a cue without "that". */
export function clauseWithoutThat(doc: Doc, k: number, lemma: string, inflection: Inflection): boolean {
  // Past forms only: "the rules which are applicable …", "the eventual ruling will be …" are nouns.
  if (!THAT_OMITTED.has(lemma) || inflection !== 'past') return false;
  return clauseOpensAt(doc, k);
}

/** Whether the words from token `k` are unmistakably a clause without its "that" (see above). */
export function clauseOpensAt(doc: Doc, k: number): boolean {
  const { lower, kind, sent } = doc.tokens;
  const first = lower[k];
  if (kind[k] !== WORD || OBJECT_ENDERS.has(first) || AUX.has(first)) return false;
  // "held he had financed …", "ruled she must repay …": a subject pronoun and its verb.
  if (PERSON_SUBJECTS.has(first)) return finiteVerb(lower[k + 1] ?? '') || (/ly$|^(?:never|also|not)$/.test(lower[k + 1] ?? '') && finiteVerb(lower[k + 2] ?? ''));
  // "ruled it was illegal" (not "ruled it invalid"): "it" and "there" only before an auxiliary.
  if (first === 'it' || first === 'there') return FINITE_AUXILIARIES.has(lower[k + 1] ?? '');
  for (let j = k + 1; j <= k + MAX_SUBJECT && j < doc.tokens.length && sent[j] === sent[k]; j++) {
    const word = lower[j];
    if (kind[j] !== WORD || OBJECT_ENDERS.has(word)) return false;
    // "the contract was void", "tests be carried out": a tensed auxiliary or a subjunctive "be".
    if (FINITE_AUXILIARIES_AND_DO.has(word) || word === 'be') return NOUN_PHRASE_STARTS.has(first) || doc.tokens.cap[k] === 1 || (j === k + 1 && hasPluralEnding(first));
  }
  return false;
}

function finiteVerb(word: string): boolean {
  return AUX.has(word) || IRREGULAR_PAST.has(word) || (word.endsWith('ed') && word.length > 4);
}
