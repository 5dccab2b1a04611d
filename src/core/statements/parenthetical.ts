/**
 * A reporting clause set inside the reported one, between its subject and its verb: "Prosecutors, he said,
 * had always suspected others.", "Donors, said Ruiz, are required to …". The whole sentence is the statement (its words around the parenthesis
 * are the content); the parenthesis names the source.
 */
import type { CueSpan } from '../cues';
import type { Doc } from '../doc';
import { WORD } from '../text/tokenTable';
import { isClause } from './clause';
import { clauseEnd } from './clauseEnd';
import { phraseStartingAt, type Phrase } from '../mentions/np';
import { FINITE_AUXILIARIES_AND_DO } from './verbWords';
import { resumingVerb } from './resumingVerb';
import { PREPOSITIONS } from './clauseShapes';
import { clauseAroundCue } from './cueInside';

const MAX_SOURCE = 5;

/**
 * Whether a comma at `comma` is followed by a verb (the reported clause resuming after the parenthesis).
 * With the source after the cue ("Donors, said Ruiz, are …") only an auxiliary or a past form; with it before
 * ("These whales, she suggested, specialize in …") any verb (resumingVerb.ts).
 */
function predicateAfterComma(doc: Doc, comma: number, anyVerb = false): boolean {
  const next = doc.tokens.lower[comma + 1] ?? '';
  return doc.tokens.lower[comma] === ',' && (FINITE_AUXILIARIES_AND_DO.has(next) || /ed$/.test(next) || (anyVerb && resumingVerb(doc, comma + 1)));
}

/** "Institutional donors, said Ruiz, are required to …": the source after a cue set in commas, or null. */
export function invertedParentheticalSource(doc: Doc, cue: CueSpan): Phrase | null {
  // Not "Lai, dubbed the Bandit King, has been …": a verb of saying, not a participle of naming.
  if (doc.tokens.lower[cue.firstTok - 1] !== ',' || !cue.frames.has('clause') || cue.kind !== 'verb') return null;
  const source = phraseStartingAt(doc, cue.lastTok + 1);
  return source && source.last - source.first < MAX_SOURCE && predicateAfterComma(doc, source.last + 1) ? source : null;
}

/** The content of a cue standing in a parenthesis after the sentence's subject, or null. */
export function parentheticalContent(doc: Doc, cue: CueSpan, a: number, isCueAt: (t: number) => boolean): { first: number; last: number } | null {
  const { lower, kind } = doc.tokens;
  // "Analysts suggested little had changed; many positions, they say, are filled …": the parenthesis
  // sits in the clause after the semicolon.
  for (let k = cue.firstTok - 1; k > a; k--) if (lower[k] === ';') { a = k + 1; break; }
  const inverted = invertedParentheticalSource(doc, cue);
  const after = inverted ? inverted.last + 1 : cue.lastTok + 1;
  if (!predicateAfterComma(doc, after, !inverted)) return clauseAroundCue(doc, cue, a, isCueAt);
  let open = cue.firstTok - 1;
  while (!inverted && open > a && open >= cue.firstTok - MAX_SOURCE && kind[open] === WORD) open--;
  // The subject before the parenthesis is a noun phrase, not a clause of its own ("The plan failed, he said, …").
  // "In his state, Lee said, first offenders are …": no subject before the parenthesis, but a fronted
  // adverbial, whose own clause test may take a noun for a verb (cueInside.ts reads that shape).
  if (lower[open] !== ',' || (open === cue.firstTok - 1 && !inverted) || open - a < 1 || isClause(doc, a, open - 1)) return inverted ? null : clauseAroundCue(doc, cue, a, isCueAt);
  // Not "Ann Lee, of the party said, …": a phrase opening with a preposition modifies the subject, it is no source.
  if (!inverted && PREPOSITIONS.has(lower[open + 1])) return null;
  for (let k = a; k < open; k++) if (isCueAt(k) || kind[k] !== WORD) return null;
  const last = clauseEnd(doc, after + 1, isCueAt);
  return last > after + 1 ? { first: a, last } : null;
}
