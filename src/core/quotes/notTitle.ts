/**
 * Quotations that stand where a title or a name would, after a title word or a naming verb, but are someone's
 * words: a reason for the name ("the comet was named "as a joke""), a predicate ("the report "wasn't good.""), a
 * verdict on a named object ("called the report "a whitewash.""). roles.ts asks these before reading a title or term.
 */
import type { Doc } from '../doc';
import type { QuoteSpan } from './span';

/**
 * "the comet was named "as a joke"", "a street named "in honour of the miners"": a quotation that opens with a
 * preposition after a naming word gives the reason for the name, in someone's words; it is not the name.
 */
const REASON_PREPOSITIONS = new Set(['as', 'in', 'for', 'after', 'because', 'to']);
export function opensWithPreposition(q: QuoteSpan): boolean {
  const first = /^\P{L}*(\p{Ll}+)/u.exec(q.text);
  return first !== null && REASON_PREPOSITIONS.has(first[1]);
}

/**
 * `Maher said the report "wasn't good."`: a quotation opening with a lowercase finite verb is the predicate of
 * the clause around it, someone's words; no title begins so, whatever noun stands before it.
 */
const FINITE_OPENING = /^\P{L}*(?:was|were|is|are|has|have|had|will|would|can|could|should|may|might|must|did|does|do)(?:n['’]t)?(?!\p{L})/u;
export function opensWithFiniteVerb(q: QuoteSpan): boolean {
  return FINITE_OPENING.test(q.text);
}

/** Forms of the verbs that give their object a name or verdict ("called the report "…"", "labelled the film "…""). */
const NAMING_OBJECT_VERBS = new Set(['call', 'calls', 'called', 'calling', 'label', 'labels', 'labeled', 'labelled', 'labeling', 'labelling', 'brand', 'brands', 'branded', 'branding', 'term', 'terms', 'termed', 'terming', 'dub', 'dubs', 'dubbed', 'dubbing']);
const OBJECT_DETERMINERS = new Set(['the', 'this', 'that', 'his', 'her', 'its', 'their', 'our']);

/**
 * "Lind called the report "a whitewash."": after a naming verb and its object, a lowercase quotation is the
 * verdict on the object, not its title ("the report "Lost Generation"" names it).
 */
export function complementOfNamingVerb(doc: Doc, q: QuoteSpan): boolean {
  const lower = doc.tokens.lower;
  const noun = q.openTok - 1;
  return /^\P{L}*\p{Ll}/u.test(q.text) && OBJECT_DETERMINERS.has(lower[noun - 1] ?? '') && NAMING_OBJECT_VERBS.has(lower[noun - 2] ?? '');
}
