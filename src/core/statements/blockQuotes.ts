/**
 * Block quotations without marks: a paragraph closing with a cue and a colon, and the source's words as
 * the next paragraph —
 *   In a statement, the Church denied these allegations:
 *   She certainly wasn't forced to be there. … They also claimed Paris was a volunteer.
 * The quotation runs over the next paragraph's sentences until one has a cue of its own ("They also
 * claimed…"): there the article's narration resumes (a cue after "I" or "we" is still the source speaking).
 */
import type { CueSpan } from '../cues';
import type { Doc } from '../doc';
import type { CueIndex } from './cueIndex';
import { WORD } from '../text/tokenTable';

export interface BlockQuote {
  readonly start: number;
  readonly end: number;
  readonly para: number;
  readonly cue: CueSpan;
}

/** First-person subjects (a token may hold the contraction: "I've"). */
const FIRST_PERSON = new Set(['i', 'we', "i've", "we've", "i'd", "we'd", "i'm", "we're", "i'll", "we'll", 'i’ve', 'we’ve', 'i’m']);

/** At most this many tokens between the cue and the colon ("denied these allegations:", "wrote on Twitter:"). */
const CUE_REACH = 6;

/** "announced the following measures:", "said the plan had three parts: …" introduce a list, not words. */
const LIST_WORDS = new Set(['following', 'follows', 'include', 'includes', 'including', 'parts', 'points', 'steps', 'measures']);

const TIME_WORDS = new Set(['morning', 'afternoon', 'evening', 'night', 'day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'weekend', 'season']);

function introducingCue(doc: Doc, colon: number, cues: CueIndex): CueSpan | null {
  const cue = cues.lastBefore(colon, doc.sentStart[colon]);
  if (!cue || cue.kind === 'according' || colon - cue.lastTok > CUE_REACH) return null;
  const lower = doc.tokens.lower;
  // "announced by his family the following morning:": "following" before a time word dates the cue.
  for (let k = cue.lastTok + 1; k < colon; k++) if (LIST_WORDS.has(lower[k]) && !(lower[k] === 'following' && TIME_WORDS.has(lower[k + 1]))) return null;
  return cue.frames.has('clause') || cue.frames.has('quoteOnly') ? cue : null;
}

/** 1 for ":", else 0: per distinct word (wordClasses). */
function colonClass(word: string): number {
  return word === ':' ? 1 : 0;
}

export function findBlockQuotes(doc: Doc, cues: CueIndex, cueAt: Uint8Array): BlockQuote[] {
  const { lower, para, kind, cap, start } = doc.tokens;
  const n = doc.tokens.length;
  const found: BlockQuote[] = [];
  const text = doc.tokens.source;
  const wordId = doc.tokens.wordId;
  const colons = doc.tokens.wordClasses(colonClass);
  for (let colon = 0; colon + 1 < n; colon++) {
    if (colons[wordId[colon]] === 0) continue;
    // A token whose lowercase form is ":" begins with ":" (58): most tokens are ruled out without a string comparison.
    if (text.charCodeAt(start[colon]) !== 58 || lower[colon] !== ':' || para[colon] < 0 || para[colon + 1] !== para[colon] + 1) continue;
    const first = colon + 1;
    if (kind[first] !== WORD || cap[first] !== 1 || doc.captions.has(para[first])) continue;
    const cue = introducingCue(doc, colon, cues);
    if (!cue) continue;
    let last = -1;
    for (let t = first; t < n && para[t] === para[first]; t = doc.sentEnd[t] + 1) {
      const end = doc.sentEnd[t];
      let reported = false;
      // "… and so I ask you, why …": a cue in the first person is the source's own words, not narration; so is
      // one after a first-person subject earlier in the sentence ("I've read about it and heard it discussed").
      let firstPerson = false;
      for (let k = t; k <= end && !reported; k++) {
        firstPerson = firstPerson || FIRST_PERSON.has(lower[k]);
        reported = cueAt[k] === 1 && !firstPerson;
      }
      if (reported) break;
      last = end;
    }
    if (last >= first) found.push({ start: doc.tokens.start[first], end: doc.tokens.end[last], para: para[first], cue });
  }
  return found;
}
