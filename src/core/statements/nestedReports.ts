/**
 * Two layers of reporting: a report whose content is itself a report gives two statements, the outer source's
 * (the whole reported clause) and the inner source's (its own content clause), as the guideline counts them.
 *   "The mayor said the company had assured the council [it would pay for the repairs]." — the mayor's statement
 *   is "the company had assured the council it would pay …", the company's is "it would pay for the repairs".
 *   "The ministry said [it has received new offers], state radio reported." — the radio's and the ministry's.
 * removeOverlaps (overlaps.ts) keeps the outer draft of two overlapping indirect drafts and hands the dropped
 * inner one here; it comes back when its cue and content lie inside what is left of the outer content and no
 * quotation runs into it (quoted words are the quotation's statements). Only a finite verb whose content is
 * plainly a clause — after "that", or opening on a subject pronoun — counts as the inner report: "denied that the
 * firm threatened [to leave]", "said he had noted [some progress]", "a study has found [levels exceeding …]",
 * "denied local media claims [an engine failed]" (a noun read as a verb) stay one statement, as does "claims that
 * he was seen [asking …]" (a participle).
 */
import type { Doc } from '../doc';
import type { Draft } from './drafts';
import { isClause } from './clause';

/** Subject pronouns that open a reported clause with no "that" ("had assured the council [it would pay …]"). */
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you', 'there']);

/** Tokens between an inner cue and its content (a hearer, an adjunct, "that") looked at, at most. */
const MAX_GAP = 30;

export interface NestedPair { readonly outer: Draft; readonly inner: Draft }

/** The drafts with the inner reports restored, in reading order (linear in drafts and pairs, plus a sort). */
export function withNestedReports(doc: Doc, drafts: Draft[], pairs: readonly NestedPair[], overlapsQuote: (start: number, end: number) => boolean): Draft[] {
  if (!pairs.length) return drafts;
  const kept = new Set(drafts);
  const back: Draft[] = [];
  for (const { outer, inner } of pairs) {
    if (!kept.has(outer) || outer.kind !== 'indirect' || inner.kind !== 'indirect' || !inner.cue) continue;
    // The inner cue stands inside the outer content ("said [the company had assured …]"), and so does its content.
    if (inner.cue.start < outer.start || inner.cue.end > outer.end) continue;
    if (inner.start < outer.start || inner.end > outer.end || inner.end - inner.start >= outer.end - outer.start) continue;
    if (inner.cue.kind !== 'verb' || inner.cue.inflection === 'ing' || overlapsQuote(inner.start, inner.end)) continue;
    if (!clauseContent(doc, inner)) continue;
    back.push(inner);
  }
  if (!back.length) return drafts;
  return [...drafts, ...back].sort((a, b) => a.start - b.start || b.end - a.end);
}

/** Whether the inner draft's content, after its cue, opens a clause (a bounded walk over the words between them). */
function clauseContent(doc: Doc, d: Draft): boolean {
  const { start } = doc.tokens;
  const last = doc.sentEnd[d.cue!.lastTok];
  // The content opens a few words after its cue ("had assured the council [it …]"): a bounded walk.
  const reach = Math.min(last, d.cue!.lastTok + MAX_GAP);
  let k = d.cue!.lastTok + 1;
  while (k <= reach && start[k] < d.start) k++;
  if (k > reach || start[k] !== d.start) return false;
  return (doc.tokens.lower[k - 1] === 'that' || SUBJECT_PRONOUNS.has(doc.tokens.lower[k])) && isClause(doc, k, last);
}

