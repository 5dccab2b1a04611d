/**
 * An infinitive content inside a relative clause (relativeGap.ts reads the clause contents):
 *   "the tax, which the governor has promised to abolish, raised …": with the source between the relative pronoun
 *   and the cue, a bare "to" + verb is missing its object, the pronoun: what was promised is the thing named
 *   before, in the reporter's words, so there is no content;
 *   "the party, which has vowed to appeal, lost the case": the pronoun is the source, and the relative clause
 *   ends at its comma; the main clause's predicate after it is not content.
 */
import type { CueSpan } from '../cues';
import type { Doc } from '../doc';
import { WORD } from '../text/tokenTable';
import type { Content } from './content';
import { hasGenericSource } from './genericSource';
import { infinitiveAfterAdverbial } from './infinitiveAfterAdverbial';
import { endBeforeMainPredicate } from './relativeSubjectEnd';
import { endOfInfinitive } from './infinitiveEnd';
import { endBeforeMainOfFronted } from './frontedSubordinate';
import { isReducedObjectRelative } from './reducedObjectRelative';

const RELATIVES = new Set(['which', 'that', 'who', 'whom']);
const MAX_SOURCE = 5;

function relativeBefore(doc: Doc, cueFirst: number): number {
  const { lower, kind, sent } = doc.tokens;
  for (let k = cueFirst - 1; k >= cueFirst - 1 - MAX_SOURCE && k >= 0 && sent[k] === sent[cueFirst] && kind[k] === WORD; k--) if (RELATIVES.has(lower[k])) return k;
  return -1;
}

/**
 * The content of an indirect draft after the checks of this file and of its neighbours: a cue with a
 * hypothetical source (genericSource.ts), an adverbial before the infinitive (infinitiveAfterAdverbial.ts), the
 * main clause's predicate after a restrictive relative's content (relativeSubjectEnd.ts), the subject's second
 * predicate after an infinitive (infinitiveEnd.ts).
 */
export function checkedContent(doc: Doc, cue: CueSpan, content: Content | null): Content | null {
  if (!content || cue.kind === 'according') return content;
  if (cue.kind !== 'verb') return endOfInfinitive(doc, cue, content);
  if (hasGenericSource(doc, cue) || isReducedObjectRelative(doc, cue, content)) return null;
  const own = relativeInfinitive(doc, cue, endOfInfinitive(doc, cue, endBeforeMainPredicate(doc, cue, infinitiveAfterAdverbial(doc, cue, content))));
  return own && endBeforeMainOfFronted(doc, cue, own);
}

function relativeInfinitive(doc: Doc, cue: CueSpan, content: Content | null): Content | null {
  if (!content || cue.kind !== 'verb') return content;
  const { lower, kind } = doc.tokens;
  const first = content.first;
  if (lower[first] !== 'to' || first !== cue.lastTok + 1) return content;
  const relative = relativeBefore(doc, cue.firstTok);
  if (relative < 0) return content;
  // "which the governor has promised to abolish[,.]": the verb's object is the relative pronoun.
  const bare = kind[first + 1] === WORD && (first + 1 === content.last || lower[first + 2] === ',');
  if (relative < cue.firstTok - 1 && bare) return null;
  // "X, which has vowed to appeal, lost …": the relative clause closes at its comma.
  if (relative === cue.firstTok - 1 && lower[relative - 1] === ',') {
    for (let k = first + 1; k <= content.last; k++) if (lower[k] === ',') return k - 1 > first ? { first, last: k - 1 } : null;
  }
  return content;
}
