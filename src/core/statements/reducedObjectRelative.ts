/**
 * A cue in a relative clause without its pronoun, right after the noun it modifies: "The photo the mayor posted
 * [didn't show a fight]", "The phrase Smith cited on Wednesday [has appeared in her speeches]", "The plan Jones
 * announced [would cut taxes]". The noun is the verb's object (what was posted, cited, announced), and what
 * follows is the main clause's predicate in the reporter's words, not content. Verbs whose content is mostly a
 * clause keep the other reading, the noun as the content's subject: "the countries he said [had sent
 * immigrants]" (gapSubject.ts, sayClause.ts). relativeGap.ts reads the clauses with their pronoun.
 */
import type { CueSpan } from '../cues';
import type { Doc } from '../doc';
import { WORD } from '../text/tokenTable';
import { DETERMINERS, SUBJECT_PRONOUNS, isStopWord } from '../mentions/lexicon';
import { AUX, FINITE_AUXILIARIES_AND_DO } from './verbWords';
import { prefersClause } from './sayClause';
import type { Content } from './content';

/** Most capitalised words of a named source ("Sen. Mary Ann Smith"). */
const MAX_NAME = 4;
/** Most tokens between the cue and a predicate without subject (a time adjunct: "cited on Wednesday"). */
const MAX_ADJUNCT = 4;

/** The first token of the cue's source when it is a pronoun, a name or a determiner and a noun; or -1. */
function sourceStart(doc: Doc, cueFirst: number): number {
  const { lower, kind, cap, sent } = doc.tokens;
  const k = cueFirst - 1;
  if (k < 0 || kind[k] !== WORD || sent[k] !== sent[cueFirst]) return -1;
  if (SUBJECT_PRONOUNS.has(lower[k]) && lower[k] !== 'it' && lower[k] !== 'you') return k;
  if (cap[k] === 1) {
    let s = k;
    while (s - 1 >= 0 && s > k - MAX_NAME + 1 && cap[s - 1] === 1 && kind[s - 1] === WORD && sent[s - 1] === sent[k]) s--;
    return s;
  }
  // "the mayor", "the city's lawyers": a determiner and one lowercase noun.
  return DETERMINERS.has(lower[k - 1] ?? '') && !isStopWord(lower[k]) ? k - 1 : -1;
}

/** Whether the content is the main clause's predicate after a relative clause whose object the cue's noun is. */
export function isReducedObjectRelative(doc: Doc, cue: CueSpan, content: Content): boolean {
  const { lower, kind, cap, sent } = doc.tokens;
  if (cue.kind !== 'verb' || prefersClause(cue.lemma) || content.first <= cue.lastTok || content.first > cue.lastTok + MAX_ADJUNCT) return false;
  if (cue.inflection !== 'past' && cue.inflection !== 's') return false;
  const head = lower[content.first];
  if (!AUX.has(head) && !FINITE_AUXILIARIES_AND_DO.has(head)) return false;
  const source = sourceStart(doc, cue.firstTok);
  const noun = source - 1;
  if (noun < 0 || sent[noun] !== sent[cue.firstTok] || kind[noun] !== WORD || cap[noun] === 1) return false;
  return !isStopWord(lower[noun]) && !DETERMINERS.has(lower[noun]);
}
