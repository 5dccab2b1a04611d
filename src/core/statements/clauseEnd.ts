/**
 * Where a content clause stops: the sentence end, or a dash, semicolon or bracket, a coordinated cue
 * (", and cautioned"), a contrasted source (", while Jana Kos … warned") or ", according to".
 */
import type { Doc } from '../doc';
import { PUNCT, WORD } from '../text/tokenTable';
import { isStopWord } from '../mentions/lexicon';
import { endsInSingleS } from '../text/pluralSpelling';
import { ROLE_WORD, Walk } from '../mentions/npClasses';
import { sourcePredicate, sourceThenCue, SUBORDINATORS } from './clauseShapes';
import { shareThenCue } from './shareSource';
import { hedgedCoordinate, insertionClose, isDash, writerAside } from './clauseBounds';
import { nonRestrictiveClose, opensNonRestrictive } from './contentAside';
import { claimApposition } from './denial';
import { actAside } from './actAside';
import { frontedAdverbial } from './contentStart';
import { closingAbbreviation, inSubordinateFrame, mainClauseAfter, negatedCue } from './clauseFrame';
import { coordinatedStance, occasionOfSaying } from './contentTail';
import { relativePredicateAfter } from './relativePredicate';
import { parallelShareAfter } from './parallelShare';
import { closingGloss, colonOpensSentence, dashContinues, semicolonContinues } from './punctuationBounds';

const FRONT_SUBORDINATORS = new Set(['while', 'whereas', 'as', 'when', 'once', 'since', 'after', 'before', 'despite']);
const STOPPERS = new Set([';', '--', '—', '–', '(']);
const COORDINATED_LEAD = new Set(['also', 'later', 'then', 'has', 'have', 'had', 'the', 'some', 'many']);
/** Heads of a share of a group ("40 percent", "a third", "nearly half"): a plural source however they end. */
const SHARES = new Set(['percent', '%', 'half', 'third', 'quarter', 'fifth', 'majority', 'minority']);
/** Words after a comma that may link a negated cue to the content (", though he did not say when"). */
const CONCESSIVE_LINKS = new Set(['and', 'but', 'though', 'although']);

/** Whether a coordinated cue starts at or just after token `k` (", and cautioned", ", but critics charge"). */
function coordinatedCue(doc: Doc, k: number, isCueAt: (tok: number) => boolean): boolean {
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
  for (let k = from; k <= last; k++) if (cap[k] === 1 || COORDINATED_LEAD.has(lower[k]) || isRoleOrPronoun(doc, k)) return false;
  const head = lower[last];
  // "…, and 40 percent said …", "…, and a third said …": a figure or a share of a group is a plural source.
  if (doc.tokens.digitFirst[from] === 1 || SHARES.has(head)) return false;
  return !head.endsWith('s') && !Walk.of(doc).is(last, ROLE_WORD);
}

/**
 * ", while Jana Kos, an analyst at Brightwater, warned that …": a contrasted source with its own cue (within
 * a subject and an apposition) starts a new statement.
 */
function contrastedSource(doc: Doc, k: number, isCueAt: (tok: number) => boolean): boolean {
  const { sent, cap, digitFirst } = doc.tokens;
  // "…, while 28 percent said it should wait": a number may head the contrasted source.
  // "…, while supporters argue it will create jobs": a bare plural noun may head it too.
  // "…, while aid groups said the figure was higher": up to two modifiers before it.
  const plural = pluralBeforeCue(doc, k, isCueAt);
  if (cap[k] !== 1 && digitFirst[k] !== 1 && !isRoleOrPronoun(doc, k) && !plural) return false;
  for (let j = k + 1; j < k + 16 && j < doc.tokens.length && sent[j] === sent[k]; j++) if (isCueAt(j)) return true;
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

function isRoleOrPronoun(doc: Doc, k: number): boolean {
  const word = doc.tokens.lower[k];
  return /^(?:he|she|they|it|we|the|a|an|some|many|other|others|critics|officials|analysts)$/.test(word);
}

/** The last token of a content clause starting at `from`: the sentence end, or a dash, semicolon,
 *  bracket, a coordinated cue (", and cautioned") or ", according to". */
export function clauseEnd(doc: Doc, from: number, isCueAt: (tok: number) => boolean): number {
  const { lower, sent, start, end, kind } = doc.tokens;
  const s = sent[from];
  // "says, in the past, Israel has pressed …": the comma closing an adverbial set off after the cue leads
  // to the main clause too.
  let subordinateOpen = SUBORDINATORS.has(lower[from]) || FRONT_SUBORDINATORS.has(lower[from]) || (lower[from - 1] === ',' && frontedAdverbial(doc, from));
  // "Although the firm said sales were strong, its shares fell.": the main clause after the frame is no content.
  const framed = inSubordinateFrame(doc, from);
  let closing = -1;
  let i = from;
  for (; i + 1 < doc.tokens.length && sent[i + 1] === s && i - from < 150; i++) {
    const n = lower[i + 1];
    // "asteroid (29075) 1950 DA is …", "the crisis — as severe as Chernobyl — because …": an insertion.
    const inserted = i > from ? insertionClose(doc, i + 1) : -1;
    if (inserted > 0) { i = inserted - 1; continue; }
    // "… the Civil Aviation Authority (CAA).": an abbreviation in brackets closing the sentence belongs to its name.
    const abbreviation = n === '(' && i > from ? closingAbbreviation(doc, i + 1) : -1;
    if (abbreviation > 0) { i = abbreviation - 1; closing = abbreviation; continue; }
    // "complained of theft (vol), not rape (viol).": a gloss closing the sentence; "— about 0.5%" (punctuationBounds.ts).
    const gloss = n === '(' && i > from ? closingGloss(doc, i + 1) : -1;
    if (gloss > 0) { i = gloss - 1; closing = gloss; continue; }
    if (i > from && isDash(doc, i + 1) && dashContinues(doc, i + 1)) { i++; continue; }
    if (n === ':' && i > from && colonOpensSentence(doc, i + 1)) break;
    // "argued that the regime was weak; that its army could not hold": a second that-clause of the same report;
    // "According to X, the quake struck …; the epicentre was …": a fronted source holds the whole sentence.
    if (n === ';' && i > from && semicolonContinues(doc, from, i + 1, isCueAt)) { i++; continue; }
    if (STOPPERS.has(n) && i > from) break;
    if (n === '-' && (lower[i + 2] === '-' || (start[i + 1] > end[i] && start[i + 2] > end[i + 1]))) break;
    if (n === ',' && opensNonRestrictive(doc, i + 2)) {
      // "the man, who was 45, had been arrested" runs on; "the ABM treaty, which was meant to …." ends here, as
      // does "… to save fuel, the price of which has doubled, as …" (see contentAside.ts).
      const close = nonRestrictiveClose(doc, i + 2, s);
      if (close < 0) break;
      i = close - 1;
      continue;
    }
    // "stated that though Lebanon respects the border, the country still contests part of it": the comma
    // closing a fronted subordinate clause leads to the main clause, never to a new source.
    if (n === ',' && subordinateOpen) { subordinateOpen = false; continue; }
    if (n === ',' && framed && i > from && (mainClauseAfter(doc, i + 1) || relativePredicateAfter(doc, from, i + 1))) break;
    // "…, but he did not say whether …", "…, though she gave no date": a negated cue coordinated after the content.
    const coordinator = n === 'and' || n === 'but' ? i + 1 : n === ',' && CONCESSIVE_LINKS.has(lower[i + 2]) ? i + 2 : -1;
    if (coordinator > 0 && i > from && negatedCue(doc, coordinator)) break;
    // "Nearly half said they prefer a veteran and about the same number would rather …" (parallelShare.ts).
    if (i > from && parallelShareAfter(doc, n === ',' ? i + 2 : i + 1)) break;
    if ((n === 'and' || n === 'but' || n === ',') && i > from && (coordinatedCue(doc, i + 2, isCueAt) || hedgedCoordinate(doc, i + 1))) break;
    // "claimed there is good will while admitting difficulties", "alleges it is arming while Iran maintains
    // it is not": a bare "while" that opens a second report (a cue, or a source and its cue) ends the first.
    if ((n === 'while' || n === 'whereas') && i > from && (isCueAt(i + 2) || contrastedSource(doc, i + 2, isCueAt))) break;
    if (n === ',' && i > from && sourcePredicate(doc, i + 2)) break;
    // "said 47 percent backed her, however this time the figure fell": a comma and "however" splice on the
    // writer's next sentence.
    if (n === ',' && i > from && lower[i + 2] === 'however') break;
    // ", and monitors believe …" (a view of another), "as he left the courtroom", "when asked" (see contentTail.ts).
    if (i > from && (coordinatedStance(doc, i + 1) || occasionOfSaying(doc, i + 1))) break;
    if (n === ',' && i > from && (claimApposition(doc, i + 2) || writerAside(doc, i + 2) || actAside(doc, i + 2))) break;
  }
  // "said profit rose 9%.": a per cent sign belongs to its figure.
  while (i > from && kind[i] === PUNCT && lower[i] !== '%') i--;
  return closing === i + 1 ? closing : i;
}
