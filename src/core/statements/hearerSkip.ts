/**
 * The hearer between a cue and its content, skipped: "stated to LA Weekly that …", "had told Montalvo he would
 * assist him", "warned visitors the roads would be closed" (from indirect.ts).
 */
import type { CueSpan } from '../cues';
import type { Doc } from '../doc';
import { phraseStartingAt } from '../mentions/np';
import { OBJECT_PRONOUNS } from '../mentions/lexicon';
import { afterTimeAdjunct } from './timeAdjunct';
import { thatAfterAdjunct } from './thatAfterAdjunct';
import { hearerBeforeClause } from './hearerPhrase';
import { clauseAfterHearerComma } from './hearerComma';
import { SUBJECT_STARTS } from './contentStart';
import { thatAfterHearerApposition } from './hearerApposition';
import { quotedNameEnd } from './quotedHearer';

/** After "to" at token `i`, the token where the content goes on past the hearer; `i` when there is none. */
export function afterToHearer(doc: Doc, i: number, b: number): number {
  if (doc.tokens.lower[i] !== 'to') return i;
  // "stated to LA Weekly that …": a hearer before "that", set off by a comma or not ("said to the BBC, that …").
  const hearer = phraseStartingAt(doc, i + 1);
  const comma = hearer && doc.tokens.lower[hearer.last + 1] === ',' ? 1 : 0;
  if (hearer && doc.tokens.lower[hearer.last + 1 + comma] === 'that') return hearer.last + 1 + comma;
  // "explained to reporters, he and two aides were handing out food": the hearer, its comma, a subject's clause.
  if (hearer && comma && hearer.last + 2 <= b && clauseAfterHearerComma(doc, hearer.last + 2, b)) return hearer.last + 2;
  return i;
}

/** A verb cue taking an object, with no "that" at token `i`: the token after its hearer; `i` when there is none. */
export function afterObjectHearer(doc: Doc, cue: CueSpan, i: number, b: number): number {
  if (cue.kind !== 'verb' || !cue.frames.has('object') || cue.lastTok !== cue.verbTok) return i;
  // `told "Fox News Sunday" that …`: a programme's quoted name is the hearer (quotedHearer.ts).
  const named = quotedNameEnd(doc, i, b);
  if (named > 0 && named < b) return thatAfterAdjunct(doc, afterTimeAdjunct(doc, named + 1), b, true);
  if (!cue.frames.has('clause')) {
    // "told a press conference in Split that …": a hearer read up to its clause first ("a press" is a role phrase).
    const hearer = hearerBeforeClause(doc, i, b) ?? phraseStartingAt(doc, i);
    // "told her sister, Mira Holt, that …": the hearer's apposition before "that" ("her" is no object here).
    const apposed = hearer ? thatAfterHearerApposition(doc, hearer.last + 1, b) : -1;
    if (apposed > 0) return apposed;
    if (OBJECT_PRONOUNS.has(doc.tokens.lower[i])) return i + 1;
    // "had told Montalvo he would assist him": the hearer, then the clause.
    // "told Reuters by telephone that …": an adjunct may stand between the hearer and "that".
    return hearer && hearer.last < b ? thatAfterAdjunct(doc, afterTimeAdjunct(doc, hearer.last + 1), b, true) : i;
  }
  // "warned visitors the roads would be closed" (not "warned the river could flood"): a hearer, then a subject.
  const hearer = phraseStartingAt(doc, i);
  return hearer && hearer.last < b && SUBJECT_STARTS.has(doc.tokens.lower[hearer.last + 1]) ? hearer.last + 1 : i;
}

/** Verbs of agreeing, whose partner stands between them and "that" ("agreed with Lee that …"). */
const AGREEING = new Set(['agree', 'disagree', 'concur']);

/** After a verb of agreeing, at "with" (token `i`): the "that" after the partner's phrase; else `i`. */
export function afterAgreeingPartner(doc: Doc, cue: CueSpan, i: number): number {
  if (cue.kind !== 'verb' || !AGREEING.has(cue.lemma) || doc.tokens.lower[i] !== 'with') return i;
  const partner = phraseStartingAt(doc, i + 1);
  return partner && doc.tokens.lower[partner.last + 1] === 'that' ? partner.last + 1 : i;
}

/**
 * "wrote the local paper, The Daily Post, that …": American usage gives "write" a bare addressee; with an
 * apposition before "that" it is one (not "wrote the book that made him famous", a relative). The "that", or `i`.
 */
export function afterWriteAddressee(doc: Doc, cue: CueSpan, i: number, b: number): number {
  if (cue.kind !== 'verb' || cue.lemma !== 'write' || cue.lastTok !== cue.verbTok) return i;
  const addressee = phraseStartingAt(doc, i);
  const apposed = addressee ? thatAfterHearerApposition(doc, addressee.last + 1, b) : -1;
  return apposed > 0 ? apposed : i;
}
