/**
 * A finding source whose head noun is followed by a post-modifier that runs up to the cue: "Exit polls taken in
 * Ohio found that …", "Surveys of shoppers taken as they left showed that …", "A poll conducted by the
 * university showed …", "A report published Wednesday said …". The walk back from the cue ends at a word of
 * the modifier ("Ohio", "university"); the source is the head noun (findingSources in cues.json) with its
 * determiner and adjectives, opening its sentence or clause, with a participle (findingParticiples) in the
 * modifier. A preposition alone ("the reports from Israel said") or a named agent ("a poll published by Reuters")
 * is left to the name walks: there the name is the source.
 */
import type { Doc } from '../doc';
import type { Phrase } from '../mentions/np';
import { isStopWord } from '../mentions/lexicon';
import { WORD } from '../text/tokenTable';
import { FINDING_SOURCES } from '../cues/lexicon';
import data from '../data/cues.json';

const PARTICIPLES: ReadonlySet<string> = new Set(data.findingParticiples);
const PREPOSITIONS = new Set(['of', 'in', 'among', 'from', 'for', 'on']);
/** Words that may open the source before its head ("A new poll", "Exit polls", "The latest survey"). */
const DETERMINERS = new Set(['a', 'an', 'the', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'one', 'two', 'three']);
/** Clause openers before the source ("… and surveys of voters showed"). */
const OPENERS = new Set(['and', 'but', 'while', 'as', 'because', 'since']);
/** The longest modifier walked over (tokens between the head and the cue). */
const MAX_MODIFIER = 12;
/** Words before the head: a determiner and up to two modifiers. */
const MAX_BEFORE_HEAD = 3;

/**
 * The source ending at the cue's subject end `k` (the modifier's last word), its `first` the source's first
 * token and `last` its head noun; null when no finding head opens the clause within MAX_MODIFIER tokens.
 */
export function findingHeadBeforeModifier(doc: Doc, k: number, floor: number): Phrase | null {
  const { lower, kind, cap } = doc.tokens;
  let participle = -1;
  for (let h = k; h >= floor && h >= k - MAX_MODIFIER; h--) {
    if (kind[h] !== WORD && lower[h] !== '-') return null;
    // "a poll published by Reuters found …": a named agent is the source, not this head.
    if (PARTICIPLES.has(lower[h])) { if (lower[h + 1] === 'by' && cap[h + 2] === 1) return null; participle = h; continue; }
    if (participle < 0 || !FINDING_SOURCES.has(lower[h]) || !(h + 1 === participle || PREPOSITIONS.has(lower[h + 1]))) continue;
    let first = h;
    while (first - 1 >= floor && first > h - MAX_BEFORE_HEAD && kind[first - 1] === WORD && !OPENERS.has(lower[first - 1]) && (DETERMINERS.has(lower[first - 1]) || !isStopWord(lower[first - 1]))) first--;
    const opens = first === floor || OPENERS.has(lower[first - 1]) || lower[first - 1] === ',';
    return opens ? { first, last: h } : null;
  }
  return null;
}
