/**
 * A participle cue opening the sentence, its content running to the comma, and the main clause's subject as its
 * source: "Announcing that [the leader had been killed in a raid], the president said it was a good day",
 * "Condemning [the attack], the mayor said …". The sentence-opening participle has no subject of its own
 * (indirect.ts reads none), so the subject of the cue right after the comma lends it one. Not "Saying goodbye is
 * hard" (no comma, no main-clause cue), nor a clause without "that" ("Saying the plan failed, he resigned": the
 * content could as well be the participle's object), nor a stretch holding a quotation (the quotation's own).
 */
import type { CueSpan } from '../cues';
import type { Doc } from '../doc';
import type { Draft } from './drafts';
import type { CueIndex } from './cueIndex';
import { isClause } from './clause';
import { nounObjectContent } from './nounObject';
import { subjectOfCue } from './subject';
import { PUNCT, QUOTE } from '../text/tokenTable';

/** Tokens read for the comma that closes the participle's content. */
const MAX_CONTENT = 40;
/** Tokens of the main clause's subject between the comma and its cue ("U.S. President Ann Lowe said"). */
const MAX_SUBJECT = 10;

export function leadingParticipleReports(doc: Doc, cues: readonly CueSpan[], index: CueIndex, free: (c: CueSpan) => boolean, isCueAt: (t: number) => boolean): Draft[] {
  const out: Draft[] = [];
  const { lower, kind, para } = doc.tokens;
  for (const cue of cues) {
    if (cue.kind !== 'verb' || cue.inflection !== 'ing' || cue.firstTok !== doc.sentStart[cue.firstTok] || para[cue.firstTok] < 0 || !free(cue)) continue;
    const that = lower[cue.lastTok + 1] === 'that';
    const first = that ? cue.lastTok + 2 : cue.lastTok + 1;
    // The content runs to the comma after which the main clause's subject and cue stand ("Announcing that the
    // leader was killed in Abbottabad, near the capital, the president said …": not the first comma).
    const end = Math.min(doc.sentEnd[cue.firstTok], cue.lastTok + MAX_CONTENT);
    let found: { comma: number; subject: NonNullable<ReturnType<typeof subjectOfCue>> } | null = null;
    for (let k = first + 1; k <= end && !found; k++) {
      if (kind[k] === QUOTE || (kind[k] === PUNCT && /^[;:()]$/.test(lower[k]))) break;
      if (lower[k] !== ',') continue;
      const main = mainCue(doc, index, k);
      const subject = main ? subjectOfCue(doc, main) : null;
      if (subject?.phrase && subject.phrase.first === k + 1) found = { comma: k, subject };
    }
    if (!found) continue;
    let last = found.comma - 1;
    const { subject } = found;
    if (last < first + 1) continue;
    // "Announcing that …": a clause; "Condemning the attack": a noun object as nounObject.ts reads it ("Citing
    // officials familiar with the talks, …" names a source, not content).
    if (that && !isClause(doc, first, last)) continue;
    if (!that) {
      const object = cue.frames.has('nounObject') ? nounObjectContent(doc, cue, first, isCueAt) : null;
      if (!object || object.first !== first) continue;
      last = Math.min(last, object.last);
    }
    out.push({ kind: 'indirect', start: doc.tokens.start[first], end: doc.tokens.end[last], para: para[first], cue, phrase: subject.phrase, apposition: subject.apposition, inherits: -1, quote: null });
  }
  return out;
}

/** The verb cue of the main clause a few words after the comma, if any. */
function mainCue(doc: Doc, index: CueIndex, comma: number): CueSpan | null {
  const last = Math.min(doc.sentEnd[comma], comma + 1 + MAX_SUBJECT);
  for (let t = comma + 2; t <= last; t++) {
    const c = index.startingAt(t);
    if (c) return c.kind === 'verb' ? c : null;
  }
  return null;
}
