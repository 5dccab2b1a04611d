/**
 * Indirect statements: the content clause of a cue, without "that".
 *   He also said [he wants a new accord …] · cautioned that [neither country is ready …] ·
 *   told reporters [the talks …] · expressed a shared desire [to discuss …] · urged the government [to act] ·
 *   has described as [a new security framework] · According to X, [the site is …] · [A storm …], according to X.
 * Beliefs without a communication verb ("Moscow fears …") have no cue, so they never get here.
 * This file finds where the content opens (past a hearer, an adjunct, "that"); contentShape.ts reads what
 * shape it takes from there and where it ends.
 */
import type { CueSpan } from '../cues';
import type { Doc } from '../doc';
import { POSTPOSED_THAT_ONLY } from '../cues/lexicon';
import { sentenceBounds, type Content } from './content';
import { isClause } from './clause';
import { denialContent } from './denial';
import { closesSentence, postposedContent } from './postposed';
import { claimClauseStart, isClaimNoun } from './claimNouns';
import { invertedParentheticalSource } from './parenthetical';
import { contentAroundCue } from './cueInside';
import { infinitiveAfterObject, selfRequest } from './request';
import { accordingContent } from './accordingContent';
import { afterNamedPlace, afterTimeAdjunct } from './timeAdjunct';
import { thatAfterAdjunct } from './thatAfterAdjunct';
import { afterAgreeingPartner, afterObjectHearer, afterToHearer, afterWriteAddressee } from './hearerSkip';
import { thatAfterSetOff } from './thatAfterSetOff';
import { QUESTION_ONLY, questionAfterAdjunct } from '../cues/questionOnly';
import { pluralSubjectAfterThat } from './thatSubject';
import { WORD } from '../text/tokenTable';
import { inSubject, relativeThat } from './contentStart';
import { openingAfterComma } from './contentOpening';
import { contentFrom } from './contentShape';

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
  return contentFrom(doc, cue, { a, b, i, that, claimThat }, isCueAt);
}
