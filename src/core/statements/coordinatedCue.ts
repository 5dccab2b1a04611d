/**
 * A second report coordinated after a content clause, which ends the clause before it: a cue with or without its
 * own subject (", and cautioned", ", but critics charge", "and 40 percent said") or a contrasted source with its
 * cue (", while Jana Kos, an analyst at Brightwater, warned that …"). A bare singular noun phrase is no such
 * subject: "a monitoring and braking system called positive train control" runs on.
 */
import type { Doc } from '../doc';
import { WORD } from '../text/tokenTable';
import { isStopWord } from '../mentions/lexicon';
import { endsInSingleS } from '../text/pluralSpelling';
import { ROLE_WORD, Walk } from '../mentions/npClasses';
import { sourceThenCue } from './clauseShapes';
import { shareThenCue } from './shareSource';
import { insertionClose } from './clauseBounds';

/** Words that may lead a coordinated cue's subject or predicate (", and also said", ", but some argued"). */
const COORDINATED_LEAD = new Set(['also', 'later', 'then', 'has', 'have', 'had', 'the', 'some', 'many']);
/** Heads of a share of a group ("40 percent", "a third", "nearly half"): a plural source however they end. */
const SHARES = new Set(['percent', '%', 'half', 'third', 'quarter', 'fifth', 'majority', 'minority']);

/** Whether a coordinated cue starts at or just after token `k` (", and cautioned", ", but critics charge"). */
export function coordinatedCue(doc: Doc, k: number, isCueAt: (tok: number) => boolean): boolean {
  const { lower, kind, cap } = doc.tokens;
  if (lower[k] === 'and' || lower[k] === 'but') k++;
  if (lower[k] === 'according' || shareThenCue(doc, k, isCueAt)) return true;
  if (lower[k] === 'while' || lower[k] === 'whereas') return contrastedSource(doc, k + 1, isCueAt);
  for (let j = k; j < k + 4 && j < doc.tokens.length; j++) {
    // "…, noting he was absent, said, "To compromise a source …"": a cue whose comma opens a quotation.
    const quoteAfter = lower[j + 1] === ',' && /^["“]$/.test(lower[j + 2] ?? '');
    if (isCueAt(j) && (lower[j + 1] !== ',' || quoteAfter)) return j === k || !bareSingular(doc, k, j - 1);
    if (kind[j] !== WORD || (!COORDINATED_LEAD.has(lower[j]) && cap[j] !== 1 && j > k + 1)) return sourceThenCue(doc, k, isCueAt);
  }
  return sourceThenCue(doc, k, isCueAt);
}

/**
 * "a monitoring and braking system called positive train control": lowercase words with no determiner and a
 * singular non-role noun last cannot be the subject of a coordinated cue ("and officials said" can).
 */
function bareSingular(doc: Doc, from: number, last: number): boolean {
  const { lower, cap } = doc.tokens;
  for (let k = from; k <= last; k++) if (cap[k] === 1 || COORDINATED_LEAD.has(lower[k]) || opensOwnSubject(doc, k)) return false;
  const head = lower[last];
  // "…, and 40 percent said …", "…, and a third said …": a figure or a share of a group is a plural source.
  if (doc.tokens.digitFirst[from] === 1 || SHARES.has(head)) return false;
  return !head.endsWith('s') && !Walk.of(doc).is(last, ROLE_WORD);
}

/** Tokens a contrasted source and its apposition may span before its cue ("Jana Kos, an analyst at Brightwater,"). */
const MAX_CONTRASTED_SOURCE = 16;

/**
 * ", while Jana Kos, an analyst at Brightwater, warned that …": a contrasted source with its own cue (within
 * a subject and an apposition) starts a new statement.
 */
export function contrastedSource(doc: Doc, k: number, isCueAt: (tok: number) => boolean): boolean {
  const { sent, cap, digitFirst } = doc.tokens;
  // "…, whereas — by a stricter count — the union says …": an insertion between the link and the source.
  const inserted = insertionClose(doc, k);
  if (inserted > 0) k = inserted + 1;
  // "…, while 28 percent said it should wait": a number may head the contrasted source.
  // "…, while supporters argue it will create jobs": a bare plural noun may head it too.
  // "…, while aid groups said the figure was higher": up to two modifiers before it.
  const plural = pluralBeforeCue(doc, k, isCueAt);
  if (cap[k] !== 1 && digitFirst[k] !== 1 && !opensOwnSubject(doc, k) && !plural) return false;
  for (let j = k + 1; j < k + MAX_CONTRASTED_SOURCE && j < doc.tokens.length && sent[j] === sent[k]; j++) if (isCueAt(j)) return true;
  return false;
}

/** A bare plural noun, after at most two lowercase modifiers from token `k`, right before a cue. */
function pluralBeforeCue(doc: Doc, k: number, isCueAt: (tok: number) => boolean): boolean {
  const { lower, kind, cap } = doc.tokens;
  for (let j = k; j < k + 3 && kind[j] === WORD && cap[j] !== 1; j++) {
    if (endsInSingleS(lower[j] ?? '') && isCueAt(j + 1)) return true;
    if (isStopWord(lower[j])) return false;
  }
  return false;
}

/**
 * Whether token `k` opens a subject of its own: a pronoun, a determiner or quantifier ("the", "some"), or a plural
 * role noun (", while critics said …"); not the bare words of a run-on noun phrase.
 */
function opensOwnSubject(doc: Doc, k: number): boolean {
  const word = doc.tokens.lower[k];
  return /^(?:he|she|they|it|we|the|a|an|some|many|other|others|critics|officials|analysts)$/.test(word);
}
