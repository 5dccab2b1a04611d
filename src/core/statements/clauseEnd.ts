/**
 * Where a content clause stops: the sentence end, or a dash, semicolon or bracket, a coordinated cue
 * (", and cautioned"), a contrasted source (", while Jana Kos … warned") or ", according to".
 */
import type { Doc } from '../doc';
import { PUNCT } from '../text/tokenTable';
import { sourcePredicate, SUBORDINATORS } from './clauseShapes';
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
import { contrastedSource, coordinatedCue } from './coordinatedCue';

const FRONT_SUBORDINATORS = new Set(['while', 'whereas', 'as', 'when', 'once', 'since', 'after', 'before', 'despite']);
const STOPPERS = new Set([';', '--', '—', '–', '(']);
/** Words after a comma that may link a negated cue to the content (", though he did not say when"). */
const CONCESSIVE_LINKS = new Set(['and', 'but', 'though', 'although']);

/** The last token of a content clause starting at `from`: the sentence end, or a dash, semicolon,
 *  bracket, a coordinated cue (", and cautioned") or ", according to". */
export function clauseEnd(doc: Doc, from: number, isCueAt: (tok: number) => boolean): number {
  const { lower, sent, kind } = doc.tokens;
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
    // "said it was over - and …": a spaced hyphen typed for a dash stops it too ("--" is one token, a STOPPER).
    if (n === '-' && isDash(doc, i + 1)) break;
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
    if (i > from && parallelShareAfter(doc, n === ',' ? i + 2 : i + 1, from)) break;
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
