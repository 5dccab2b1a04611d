/**
 * A name opening the sentence, then a comma and an apposition or relative clause running up to the cue,
 * is the source even when the closing comma is missing or the apposition holds commas of its own:
 *   "Ola Berg, consultant to the port authority said …" (a bare role noun cannot be a subject itself),
 *   "Ola Berg, who tracks shipping for the Harbour Gazette said …",
 *   "Ola Berg, curator of maps at the University of Leeds, Bradford, said …".
 * A fronted phrase may come first ("After the match, Ola Berg, coach of the club said …").
 * Not a parenthetical cue ("Ola Berg, the aide said, was furious": a comma follows the cue), nor a bare
 * plural that can be a subject itself ("Leeds, officials said."), nor a stretch holding a verb of its own
 * ("Ola Berg, 45, was injured, police said").
 */
import { listEnd } from './listComma';
import type { CueSpan } from '../cues';
import type { Doc } from '../doc';
import { phraseEndingAt, phraseStartingAt, type Phrase } from '../mentions/np';
import { describe } from '../mentions/describe';
import { DETERMINERS, isStopWord, ROLES, SUBJECT_PRONOUNS } from '../mentions/lexicon';
import { COMMON_VERBS, FINITE_AUXILIARIES_AND_DO, IRREGULAR_PAST } from './verbWords';
import { VERB_FORMS } from '../cues/lexicon';
import { QUOTE, WORD } from '../text/tokenTable';

const RELATIVES = new Set(['who', 'whose']);
const MAX_STRETCH = 25;

/** Whether token `k` is a verb or a subject pronoun that would make the stretch a clause of its own. */
function finiteVerb(doc: Doc, k: number): boolean {
  const word = doc.tokens.lower[k];
  if (FINITE_AUXILIARIES_AND_DO.has(word) || SUBJECT_PRONOUNS.has(word) || COMMON_VERBS.has(word) || IRREGULAR_PAST.has(word)) return true;
  const form = VERB_FORMS.get(word);
  return form !== undefined && !ROLES.has(word) && form.inflection !== 'base' && form.inflection !== 'ing';
}

/** The phrase opening the clause: at the sentence start, or after a fronted phrase and its comma ("After the match, Ola Berg, …"). */
function openingPhrase(doc: Doc, floor: number, cue: CueSpan): Phrase | null {
  const first = phraseStartingAt(doc, floor);
  if (first) return first;
  // Only after a preposition, a subordinator or a participle: not "One of her songs, Harvest, won …".
  const opener = doc.tokens.lower[floor];
  if (!isStopWord(opener) && !opener.endsWith('ing')) return null;
  for (let k = floor + 1; k < cue.firstTok && k < floor + 30; k++) {
    if (doc.tokens.kind[k] === QUOTE) return null;
    // "Alleging that Iran had cells in Kuwait, Bahrain, and Yemen, the minister said": past the list of names.
    if (doc.tokens.lower[k] === ',') { const listed = listEnd(doc, k, cue.firstTok); return phraseStartingAt(doc, (listed > 0 ? listed : k) + 1); }
  }
  return null;
}

/**
 * "Ola Berg, the chief negotiator with the union complained …": a definite apposition whose closing comma is
 * missing ends in a preposition's object, which cannot be the cue's subject; the opening name is.
 */
function endsInObject(doc: Doc, from: number, to: number): boolean {
  const { lower } = doc.tokens;
  const object = phraseEndingAt(doc, to, from + 1);
  if (!object || !OBJECT_PREPOSITIONS.has(lower[object.first - 1])) return false;
  for (let k = from; k < object.first; k++) if (lower[k] === ',') return false;
  return true;
}

/**
 * `Ola Berg, leader of the campaign, addressing "No" campaign workers said …`: one or two quoted words are a
 * label inside the apposition, not a quotation. The closing mark's index, or -1.
 */
function quotedWordsEnd(doc: Doc, open: number, to: number): number {
  const { kind } = doc.tokens;
  for (let k = open + 1; k <= to && k <= open + 3; k++) {
    if (kind[k] === QUOTE) return k > open + 1 ? k : -1;
    if (kind[k] !== WORD) return -1;
  }
  return -1;
}

const OBJECT_PREPOSITIONS = new Set(['with', 'at', 'in', 'to', 'from', 'on', 'for', 'of', 'by']);

export function openingNameBeforeApposition(doc: Doc, cue: CueSpan, floor: number): { phrase: Phrase; apposition: string } | null {
  const { lower, kind, cap } = doc.tokens;
  const name = openingPhrase(doc, floor, cue);
  if (!name || cap[name.first] !== 1 || lower[name.last + 1] !== ',' || kind[name.last] !== WORD) return null;
  // A proper name: not "Afterwards, a spokesman said" or "Last night, an aide said" (a fronted adverbial).
  if (describe(doc, name).name === null) return null;
  const from = name.last + 2;
  let to = cue.firstTok - 1;
  if (lower[to] === ',') to--;
  // "Ola Berg, the aide, said" is the plain apposition (subject.ts); an indefinite one may lack its comma.
  if (to < from || to - from > MAX_STRETCH || (DETERMINERS.has(lower[from]) && lower[from] !== 'a' && lower[from] !== 'an' && !endsInObject(doc, from, to))) return null;
  // "Ola Berg, a source said, was furious": the cue and its source are a parenthesis inside the clause.
  if (lower[cue.lastTok + 1] === ',' && kind[cue.lastTok + 2] === WORD && lower[cue.firstTok - 1] !== ',') return null;
  const relative = RELATIVES.has(lower[from]);
  // "Leeds, officials said": a bare plural (or a capitalised word) can be the subject itself.
  if (!relative && (cap[from] === 1 || (kind[from] === WORD && lower[from].endsWith('s') && !ROLES.has(lower[from])))) return null;
  for (let k = from; k <= to; k++) {
    if (kind[k] === QUOTE) {
      const close = quotedWordsEnd(doc, k, to);
      if (close < 0) return null;
      k = close;
      continue;
    }
    if (relative ? lower[k] === ',' : finiteVerb(doc, k)) return null;
  }
  return { phrase: name, apposition: doc.text.slice(doc.tokens.start[from], doc.tokens.end[to]) };
}
