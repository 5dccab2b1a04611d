/**
 * "The suspects can be held for three days, but prosecutors, citing the seriousness of the case, want more
 * time.": a participle cue set off by commas between a subject and its verb speaks for that subject, the
 * phrase right before its opening comma, not the subject of the sentence's first clause. The phrase opens its
 * sentence or follows a clause word ("but", "and", "that" …), and a finite verb follows the closing comma.
 */
import type { CueSpan } from '../cues';
import type { Doc } from '../doc';
import { phraseEndingAt, type Phrase } from '../mentions/np';
import { VERB_FORMS } from '../cues/lexicon';
import { QUOTE, WORD } from '../text/tokenTable';
import { COMMON_VERBS, FINITE_AUXILIARIES_AND_DO } from './verbWords';

/** Words after which a subject opens a clause of its own. */
const CLAUSE_WORDS = new Set(['and', 'but', 'yet', 'while', 'whilst', 'whereas', 'although', 'though', 'that', 'because', 'since']);
/** How far past the cue the closing comma may lie. */
const WINDOW = 20;

/** `comma`: the token right before the "-ing" cue. */
export function setOffParticipleSubject(doc: Doc, cue: CueSpan, comma: number, floor: number): Phrase | null {
  const { lower, kind, cap, sent } = doc.tokens;
  if (lower[comma] !== ',' || cue.inflection !== 'ing') return null;
  const phrase = phraseEndingAt(doc, comma - 1, floor);
  if (!phrase || (phrase.first > floor && !CLAUSE_WORDS.has(lower[phrase.first - 1]))) return null;
  const s = sent[cue.lastTok];
  for (let k = cue.lastTok + 1; k < doc.tokens.length && k <= cue.lastTok + WINDOW && sent[k] === s; k++) {
    if (kind[k] === QUOTE || lower[k] === ';' || lower[k] === ':') return null;
    if (lower[k] !== ',') continue;
    const v = k + 1;
    const word = lower[v] ?? '';
    const finite = kind[v] === WORD && cap[v] !== 1 && sent[v] === s && !word.endsWith('ing') && (FINITE_AUXILIARIES_AND_DO.has(word) || COMMON_VERBS.has(word) || VERB_FORMS.has(word));
    return finite ? phrase : null;
  }
  return null;
}
