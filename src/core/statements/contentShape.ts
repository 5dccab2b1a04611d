/**
 * The content of a cue from its first token on, once indirect.ts has found where it opens and whether "that"
 * opened it: the shape it takes and where it ends.
 *   asked [whether the vote would go ahead] (a reported question) · faulted [the record of …] (a noun object) ·
 *   urged the council [to act] (a request) · described the plan as [a step back] · said [the plant would close],
 *   and requested … (a clause, ended before the subject's second predicate).
 */
import type { CueSpan } from '../cues';
import type { Doc } from '../doc';
import type { Content } from './content';
import { isClause } from './clause';
import { pluralSubjectVerb } from './pluralPresent';
import { clauseEnd } from './clauseEnd';
import { phrasalContent } from './phrasal';
import { expressTakesInfinitive } from './expressNouns';
import { endBeforeSecondPredicate, pastPredicateAt } from './secondPredicate';
import { nounObjectContent, opensWithObjectHead } from './nounObject';
import { questionContent, requestContent, unaskedWhether, yesNoQuestion } from './request';
import { endOfRelativeGap, objectGap } from './relativeGap';
import { objectComplement } from './objectComplement';
import { adverbialOnly, endBeforeMainClause } from './adverbialClause';
import { endBeforeUnmodalPredicate } from './modalSecondPredicate';
import { endBeforePastPredicate } from './presentSecondPredicate';
import { clauseWithoutThat } from '../cues/omittedThat';
import { QUESTION_ONLY, questionEnd } from '../cues/questionOnly';
import { gapPredicate } from './gapSubject';
import { prefersClause, presentVerbAfterSubject } from './sayClause';
import { mandativeClause } from './mandativeClause';
import { lastBeforeComma } from './clauseBounds';
import { SUBJECT_STARTS, opensWithFigure } from './contentStart';
import { endsOnToKnow } from '../cues/toKnow';
import { openingAfterPreposition } from './contentOpening';

const TOPIC_PREPOSITIONS = new Set(['on', 'about', 'regarding', 'concerning']);
/** Whether one of tokens [from, to] is the word `word`. */
function hasWord(doc: Doc, from: number, to: number, word: string): boolean {
  for (let k = from; k <= to; k++) if (doc.tokens.lower[k] === word) return true;
  return false;
}

/** Where the content opens: the sentence's bounds [a, b], its first token `i`, whether "that" opened it, and whether that "that" follows a claim noun. */
export interface ContentOpening {
  readonly a: number;
  readonly b: number;
  readonly i: number;
  readonly that: boolean;
  readonly claimThat: boolean;
}

/** The content of `cue` opening as `open` tells, or null when what follows is no content. */
export function contentFrom(doc: Doc, cue: CueSpan, open: ContentOpening, isCueAt: (t: number) => boolean): Content | null {
  const { a, b, that, claimThat } = open;
  const frames = cue.frames;
  let i = open.i;
  // "demanded to know whether the deal was signed": the question put is the content (cues/toKnow.ts).
  if (!that && cue.kind === 'verb' && cue.lastTok + 1 === i && endsOnToKnow(doc, cue)) return questionContent(doc, i, b, isCueAt);
  if (!that && cue.kind === 'verb' && unaskedWhether(doc, i, cue.lemma)) return null;
  const question = !that && cue.kind === 'verb' && frames.has('request') ? yesNoQuestion(doc, i, b, isCueAt) : null;
  if (question) return question;
  // "briefed Congress on its plans", "told reporters about the visit": after a hearer, a topic is no content.
  if (!that && cue.kind === 'verb' && cue.lastTok > cue.verbTok && cue.lastTok + 1 === i && TOPIC_PREPOSITIONS.has(doc.tokens.lower[i])) return null;
  // "…?" Hart said to a crowd of about 500.": a figure after "of" ends the hearer's phrase; no content opens there.
  if (!that && doc.tokens.lower[i - 1] === 'of' && opensWithFigure(doc, i)) return null;
  const complement = that ? null : objectComplement(doc, cue, i, isCueAt);
  if (complement) return complement;
  const onlyThat = cue.kind === 'verb' && [...frames].every((f) => f === 'thatOnly' || f === 'quoteOnly' || f === 'estimate');
  // "The court held he had financed …": a that-only verb before a clear clause (cues/omittedThat.ts).
  if (onlyThat && !that && cue.lastTok + 1 === i && clauseWithoutThat(doc, i, cue.lemma, cue.inflection)) return { first: i, last: clauseEnd(doc, i, isCueAt) };
  if (onlyThat && !that) return frames.has('estimate') ? phrasalContent(doc, cue, i, b, isCueAt) : null;
  const phrasal = that ? null : phrasalContent(doc, cue, i, b, isCueAt);
  if (phrasal) return phrasal;
  // "expressed confidence the vote would be fair": a content clause without "that" after the expressed noun.
  if (!that && cue.kind === 'express' && SUBJECT_STARTS.has(doc.tokens.lower[i]) && isClause(doc, i, b)) return { first: i, last: clauseEnd(doc, i, isCueAt) };
  if (!that && cue.kind === 'express' && !expressTakesInfinitive(doc.tokens.lower[cue.lastTok])) return null;
  if (!that && (cue.kind === 'express' || (frames.has('request') && !frames.has('clause')))) return requestContent(doc, i, b, isCueAt) ?? nounObjectContent(doc, cue, i, isCueAt);
  // "faulted the record of …", "praised the commitments made by …": a verb that takes no clause has a noun object.
  if (!that && frames.has('nounObject') && !frames.has('clause') && !frames.has('description')) return nounObjectContent(doc, cue, i, isCueAt);
  if (!that && cue.kind === 'verb' && opensWithObjectHead(doc, cue.lemma, i)) return nounObjectContent(doc, cue, i, isCueAt);
  // "reported on the protests", "said in a statement the plant would close" (contentOpening.ts).
  if (!that) {
    const opened = openingAfterPreposition(doc, cue, i, b, isCueAt);
    if (typeof opened !== 'number') return opened;
    i = opened;
  }
  // "…," Trump said when Boyle asked him a question.": when it was said, not what (adverbialClause.ts).
  if (!that && adverbialOnly(doc, cue, i, b)) return null;
  // "what the mayor says and promises is now the rule": a coordinator after the cue joins a second verb.
  if (!that && cue.lastTok + 1 === i && /^(?:and|or|but|nor)$/.test(doc.tokens.lower[i])) return null;
  // "Although she said her choice was a mistake, at the town hall she …": the fronted clause ends at its comma.
  const last = endBeforeMainClause(doc, cue, a, i, clauseEnd(doc, i, isCueAt), (k) => isClause(doc, k, b));
  if (last < i) return null;
  // "dismissed suggestions that the club was for sale": a claim's that-clause is the content, not an "as" phrase.
  if (frames.has('description') && !frames.has('clause') && !claimThat) {
    const hasAs = doc.tokens.lower[cue.lastTok] === 'as' || hasWord(doc, i, last, 'as');
    return hasAs ? { first: i, last } : nounObjectContent(doc, cue, i, isCueAt);
  }
  // "admitted the charges and has since been banned …": a noun object, then the subject's second predicate.
  const own = that ? last : endBeforeSecondPredicate(doc, i, last);
  if (own < last && !isClause(doc, i, own)) return nounObjectContent(doc, cue, i, isCueAt);
  // "rejected the offer as inadequate": a verb of saying that also describes, with its "as".
  if (!that && frames.has('description') && hasWord(doc, i, last, 'as') && !isClause(doc, i, last)) return { first: i, last };
  // "said the industry targets children": a verb of saying lowers the bar for a present verb (sayClause.ts).
  // "…, which officials say killed 10 militants": the relative pronoun is the content's subject (gapSubject.ts).
  // "suggesting the city outsource the work, was tepid about …": a subject and a bare verb (mandativeClause.ts),
  // ending before its first comma (after it the source's own predicates go on).
  if (cue.kind === 'verb' && mandativeClause(doc, i, last, cue.lemma) && !isClause(doc, i, last)) return { first: i, last: lastBeforeComma(doc, i, last) };
  const clause = isClause(doc, i, last) || (cue.kind === 'verb' && prefersClause(cue.lemma) && (presentVerbAfterSubject(doc, i, last) || pluralSubjectVerb(doc, i, last))) || (!that && cue.kind === 'verb' && prefersClause(cue.lemma) && cue.lastTok + 1 === i && gapPredicate(doc, cue.firstTok, i));
  if (!that && !clause) return (frames.has('request') ? questionContent(doc, i, b, isCueAt) ?? requestContent(doc, i, b, isCueAt) : null) ?? nounObjectContent(doc, cue, i, isCueAt);
  if (objectGap(doc, cue.firstTok, i, frames.has('nounObject') || frames.has('description'))) return null;
  // "said they would miss the deadline, and requested another month": the subject's own second predicate.
  const end = endBeforePastPredicate(doc, i, endBeforeUnmodalPredicate(doc, i, endOfRelativeGap(doc, cue.firstTok, i, last)));
  // "questioned whether Lee can lead, but declined to …": the questioner's second predicate ends the question.
  return { first: i, last: cue.kind === 'verb' && QUESTION_ONLY.has(cue.lemma) ? questionEnd(doc, i, end, (k) => pastPredicateAt(doc, k)) : end };
}
