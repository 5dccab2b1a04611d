/**
 * Attribution from a cue before the quotation: Bush said, "…" · has called the sentence "dangerous" ·
 * Putin said that if …, "We …"; a block quotation after a colon closing the previous paragraph (tweeted
 * using his @POTUS account:); "According to X, …" when the clause's own subject names no one.
 */
import type { Doc } from '../doc';
import type { QuoteSpan } from '../quotes/span';
import type { CueIndex } from './cueIndex';
import type { QuoteAttribution } from './attribution';
import { subjectOfCue } from './subject';
import { accordingBefore, namesSomeone } from './accordingPrecedence';
import { WORD } from '../text/tokenTable';
import { passiveAgentBeforeQuote } from './attributionPassiveAgent';
import { subjectAfterFrontedQuestion } from './frontedQuestion';
import { quoteSentenceStart } from './quoteSentence';
import { hearerAgentOfQuote } from './hearerAgentQuote';
import { speechNounSource } from './speechNounFrom';

function adjacent(doc: Doc, last: number, open: number): boolean {
  for (let k = last + 1; k < open; k++) if (doc.tokens.kind[k] === WORD) return false;
  return true;
}

/** Attribution from a cue earlier in the sentence, or closing the previous paragraph with a colon. */
export function attributeBefore(doc: Doc, q: QuoteSpan, cues: CueIndex): QuoteAttribution | null {
  const agent = passiveAgentBeforeQuote(doc, q) ?? hearerAgentOfQuote(doc, q);
  if (agent) return agent;
  const floor = Math.max(quoteSentenceStart(doc, q.openTok), q.openTok - 80);
  let cue = cues.lastBefore(q.openTok, floor);
  // Verbs that only introduce quotations ("he continued") must stand right before the mark.
  if (cue && [...cue.frames].every((f) => f === 'quoteOnly') && !adjacent(doc, cue.lastTok, q.openTok)) cue = cues.lastBefore(cue.firstTok, floor);
  if (!cue && floor === q.openTok && floor > 0) {
    const prev = floor - 1;
    const mark = doc.tokens.lower[prev];
    if ((mark === ':' || mark === ',') && doc.tokens.para[prev] === q.para - 1) {
      cue = cues.lastBefore(floor - 1, Math.max(doc.sentStart[floor - 1], floor - 80));
    }
  }
  if (!cue && floor === q.openTok && floor > 0 && doc.tokens.para[floor - 1] === q.para) {
    // A quotation opening the sentence after "U.S. Senator John Cornyn … issued a statement …".
    const f2 = Math.max(doc.sentStart[floor - 1], floor - 80);
    const candidate = cues.lastBefore(floor, f2);
    if (candidate) {
      const subject = subjectOfCue(doc, candidate);
      const asked = subject ? null : subjectAfterFrontedQuestion(doc, candidate);
      return { cue: candidate, phrase: subject?.phrase ?? asked, apposition: subject?.apposition ?? null, cueBefore: true, fromPreviousSentence: true };
    }
  }
  // "The message from X was clear: "…"": no cue in the sentence, its subject a noun of speech (speechNounFrom.ts).
  if (!cue) return speechNounSource(doc, q);
  let subject = subjectOfCue(doc, cue);
  // "According to X, repairs ranged "from days to weeks"": a subject naming no one gives way to X.
  const according = cue.kind !== 'according' && !(subject && namesSomeone(doc, subject.phrase)) ? accordingBefore(doc, cue, cues) : null;
  if (according) { cue = according; subject = subjectOfCue(doc, according); }
  return { cue, phrase: subject?.phrase ?? null, apposition: subject?.apposition ?? null, cueBefore: true };
}
