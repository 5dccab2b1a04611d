/**
 * Reports in the headline. A headline reports speech in the present tense and without articles: "Minister
 * says talks will resume", "Scientists warn of rising seas", "Talks to resume, says minister". Those count as
 * statements, like their body counterparts. What a headline states in any other way does not: a demand
 * ("Union calls for strike", "Mayor tells council to act": a request, not content), and a verb form that is
 * not the headline's present-tense verb ("Court frees bomb accused", "Reported cases rise": a noun or a
 * participle a telegraphic headline makes look like a cue), nor the kicker before a colon ("Egypt protests:").
 */
import type { Doc } from '../doc';
import type { Draft } from './drafts';

/** Lemmas whose headline use asks for something rather than reports it ("calls for", "urges", "asks"). */
const REQUEST_LEMMAS = new Set(['call', 'urge', 'ask', 'demand', 'appeal', 'plead', 'beg', 'request', 'invite', 'order']);

export function inHeadline(doc: Doc, draft: Draft): boolean {
  return draft.cue !== null && doc.tokens.para[draft.cue.verbTok] < 0;
}

/** Whether a draft whose cue stands in the headline reports a statement (see the file's comment). */
export function isHeadlineReport(doc: Doc, draft: Draft): boolean {
  const cue = draft.cue!;
  if (cue.kind === 'according') return true;
  if (cue.inflection !== 's' && cue.inflection !== 'base') return false;
  // "Egypt protests: Army says …": the word before a headline's colon ends its kicker, a topic label.
  if (doc.tokens.lower[cue.lastTok + 1] === ':') return false;
  if (REQUEST_LEMMAS.has(cue.lemma) || (cue.frames.has('request') && !cue.frames.has('clause'))) return false;
  // "tells Iran to free the prisoners": an infinitive after the hearer is a request.
  const { lower, start } = doc.tokens;
  let k = cue.lastTok + 1;
  while (k < doc.tokens.length && start[k] < draft.start) k++;
  return lower[k] !== 'to' && lower[k] !== 'for';
}
