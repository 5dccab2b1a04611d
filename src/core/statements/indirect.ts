/**
 * Indirect statements: the content clause of a cue, without "that".
 *   He also said [he wants a new accord …] · cautioned that [neither country is ready …] ·
 *   told reporters [the talks …] · expressed a shared desire [to discuss …] · urged the government [to act] ·
 *   has described as [a new security framework] · According to X, [the site is …] · [A storm …], according to X.
 * Beliefs without a communication verb ("Moscow fears …") have no cue, so they never get here.
 */
import type { CueSpan } from '../cues';
import type { Doc } from '../doc';
import { POSTPOSED_THAT_ONLY } from '../cues/lexicon';
import { sentenceBounds, type Content } from './content';
import { isClause } from './clause';
import { pluralSubjectVerb } from './pluralPresent';
import { clauseEnd } from './clauseEnd';
import { phrasalContent } from './phrasal';
import { denialContent } from './denial';
import { closesSentence, postposedContent } from './postposed';
import { claimClauseStart, isClaimNoun } from './claimNouns';
import { expressTakesInfinitive } from './expressNouns';
import { invertedParentheticalSource } from './parenthetical';
import { contentAroundCue } from './cueInside';
import { endBeforeSecondPredicate, pastPredicateAt } from './secondPredicate';
import { nounObjectContent, opensWithObjectHead } from './nounObject';
import { infinitiveAfterObject, questionContent, requestContent, selfRequest, unaskedWhether, yesNoQuestion } from './request';
import { endOfRelativeGap, objectGap } from './relativeGap';
import { accordingContent } from './accordingContent';
import { objectComplement } from './objectComplement';
import { afterNamedPlace, afterTimeAdjunct } from './timeAdjunct';
import { thatAfterAdjunct } from './thatAfterAdjunct';
import { adverbialOnly, endBeforeMainClause } from './adverbialClause';
import { afterAgreeingPartner, afterObjectHearer, afterToHearer, afterWriteAddressee } from './hearerSkip';
import { endBeforeUnmodalPredicate } from './modalSecondPredicate';
import { endBeforePastPredicate } from './presentSecondPredicate';
import { thatAfterSetOff } from './thatAfterSetOff';
import { clauseWithoutThat } from '../cues/omittedThat';
import { QUESTION_ONLY, questionAfterAdjunct, questionEnd } from '../cues/questionOnly';
import { gapPredicate } from './gapSubject';
import { pluralSubjectAfterThat } from './thatSubject';
import { prefersClause, presentVerbAfterSubject } from './sayClause';
import { mandativeClause, mandativeEnd } from './mandativeClause';
import { WORD } from '../text/tokenTable';
import { SUBJECT_STARTS, inSubject, opensWithFigure, relativeThat } from './contentStart';
import { openingAfterComma, openingAfterPreposition } from './contentOpening';

const TOPIC_PREPOSITIONS = new Set(['on', 'about', 'regarding', 'concerning']);
/** Whether one of tokens [from, to] is the word `word`. */
function hasWord(doc: Doc, from: number, to: number, word: string): boolean {
  for (let k = from; k <= to; k++) if (doc.tokens.lower[k] === word) return true;
  return false;
}

export function contentOf(doc: Doc, cue: CueSpan, isCueAt: (t: number) => boolean): Content | null {
  if (cue.kind === 'according') { const [a, b] = sentenceBounds(doc, cue.firstTok); return accordingContent(doc, cue, a, b, isCueAt); }
  const [a, b] = sentenceBounds(doc, cue.verbTok);
  let i = cue.lastTok + 1;
  // "…was found dead, her publicist confirmed; reports suggested …": a semicolon closes the cue's clause.
  const close = doc.tokens.lower[i] === ';' ? i : b;
  if (closesSentence(doc, cue, i, close)) return cue.kind === 'verb' && (cue.frames.has('clause') || cue.frames.has('object') || POSTPOSED_THAT_ONLY.has(cue.lemma)) ? postposedContent(doc, cue, a, close) ?? denialContent(doc, cue, a, isCueAt) : null;
  const around = contentAroundCue(doc, cue, a, b, isCueAt);
  if (around !== undefined) return around;
  if (doc.tokens.lower[i] === ',' || invertedParentheticalSource(doc, cue)) {
    // A comma after the cue: a split quotation's source, a fronted adverbial, or "that" after a set-off stretch.
    const opened = openingAfterComma(doc, cue, i, a, b, isCueAt);
    if (typeof opened !== 'number') return opened;
    i = opened;
  }
  const frames = cue.frames;
  if (cue.inflection === 'ing' && cue.firstTok === sentenceBounds(doc, cue.firstTok)[0]) return null;
  if (cue.inflection === 'ing' && cue.firstTok === cue.verbTok && inSubject(doc, cue.firstTok, a)) return null;
  // "The mayor said: the city will recover.": a colon before an unquoted clause.
  if (doc.tokens.lower[i] === ':' && doc.tokens.kind[i + 1] === WORD) i++;
  i = afterToHearer(doc, i, b);
  // "agreed with Lee that …": the partner before the content (hearerSkip.ts).
  i = afterAgreeingPartner(doc, cue, i);
  i = thatAfterAdjunct(doc, i, b, frames.has('object'));
  // "said on Monday, once the story broke, that …": an adjunct and a set-off clause (thatAfterSetOff.ts).
  i = thatAfterSetOff(doc, i, b);
  // "questioned in recent days whether …": a short adjunct before a reported question (cues/questionOnly.ts).
  if (cue.kind === 'verb' && QUESTION_ONLY.has(cue.lemma)) i = questionAfterAdjunct(doc, i);
  // "denied reports he is unwell": what is denied is the claim's clause.
  // "called on the United States to act": the one called upon and the request, no adjunct ("on Monday") to skip.
  const calledUpon = cue.kind === 'verb' && cue.lemma === 'call' && /^(?:for|on)$/.test(doc.tokens.lower[i]) && cue.lastTok + 1 === i && infinitiveAfterObject(doc, i + 1, b);
  if (cue.kind === 'verb' && !calledUpon) i = claimClauseStart(doc, afterNamedPlace(doc, afterTimeAdjunct(doc, i), (k) => isClause(doc, k, b)));
  const claimThat = doc.tokens.lower[i] === 'that' && isClaimNoun(doc.tokens.lower[i - 1] ?? '');
  // "asked not to be named", "asked to remain anonymous": a request about oneself, with no hearer, reports
  // nothing ("asked to the regional government to act" has one).
  if (cue.kind === 'verb' && frames.has('request') && cue.lastTok + 1 === i && selfRequest(doc, i)) return null;
  let that = doc.tokens.lower[i] === 'that';
  // "released a statement Wednesday that urged talks": a relative "that" after the object opens no content.
  // ("told reporters that protests would continue": a plural noun and its auxiliary, thatSubject.ts.)
  if (that && i > cue.lastTok + 1 && relativeThat(doc, i) && !pluralSubjectAfterThat(doc, i)) return null;
  // "called on the city to close the road": the one called upon stays in the request (request.ts, calledUpon).
  if (calledUpon) i++;
  if (!that && !calledUpon) {
    i = afterObjectHearer(doc, cue, afterWriteAddressee(doc, cue, i, b), b);
    that = doc.tokens.lower[i] === 'that';
  }
  // "The guard told him to leave", "reminded voters to register": a directive to the hearer, not a report.
  if (!that && cue.kind === 'verb' && frames.has('object') && !frames.has('clause') && !frames.has('request') && doc.tokens.lower[i] === 'to') return null;
  if (that) i++;
  // "said that, as the parents came from India, …": the comma opens a fronted clause inside the content.
  if (that && doc.tokens.lower[i] === ',') i++;
  if (i > b) return null;
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
  // "suggesting the city outsource the work, was tepid about …": a subject and a bare verb (mandativeClause.ts).
  if (cue.kind === 'verb' && mandativeClause(doc, i, last, cue.lemma) && !isClause(doc, i, last)) return { first: i, last: mandativeEnd(doc, i, last) };
  const clause = isClause(doc, i, last) || (cue.kind === 'verb' && prefersClause(cue.lemma) && (presentVerbAfterSubject(doc, i, last) || pluralSubjectVerb(doc, i, last))) || (!that && cue.kind === 'verb' && prefersClause(cue.lemma) && cue.lastTok + 1 === i && gapPredicate(doc, cue.firstTok, i));
  if (!that && !clause) return (frames.has('request') ? questionContent(doc, i, b, isCueAt) ?? requestContent(doc, i, b, isCueAt) : null) ?? nounObjectContent(doc, cue, i, isCueAt);
  if (objectGap(doc, cue.firstTok, i, frames.has('nounObject') || frames.has('description'))) return null;
  // "said they would miss the deadline, and requested another month": the subject's own second predicate.
  const end = endBeforePastPredicate(doc, i, endBeforeUnmodalPredicate(doc, i, endOfRelativeGap(doc, cue.firstTok, i, last)));
  // "questioned whether Lee can lead, but declined to …": the questioner's second predicate ends the question.
  return { first: i, last: cue.kind === 'verb' && QUESTION_ONLY.has(cue.lemma) ? questionEnd(doc, i, end, (k) => pastPredicateAt(doc, k)) : end };
}
