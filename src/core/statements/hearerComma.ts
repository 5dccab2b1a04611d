/**
 * "The minister explained to reporters, he and several aides were handing out blankets": after "to" and a
 * hearer, a comma may stand where "that" would, before the content. Only a clause whose subject is a personal
 * pronoun or a determined noun phrase counts: "said to reporters, who had waited all day, …" opens a relative,
 * "spoke to reporters, adding …" a participle, "explained to the children, one by one, …" no finite clause.
 */
import type { Doc } from '../doc';
import { isClause } from './clause';

const SUBJECT_OPENERS = new Set(['he', 'she', 'they', 'we', 'i', 'it', 'there', 'the', 'this', 'these', 'those', 'his', 'her', 'its', 'their', 'our']);

/** Whether the words from token `k` (right after the hearer's comma) are a content clause of their own. */
export function clauseAfterHearerComma(doc: Doc, k: number, to: number): boolean {
  return SUBJECT_OPENERS.has(doc.tokens.lower[k]) && isClause(doc, k, to);
}
