/**
 * "The paper quoted the mayor's spokesman, John Roe, as saying …" · "quoted John Roe, a spokesman, as saying …":
 * the one quoted is named with an appositive between commas before "as"; the object of the quoting verb, with
 * its apposition, speaks (not the paper). The phrase before the first comma must follow the quoting verb.
 */
import type { Doc } from '../doc';
import { phraseEndingAt, type Phrase } from '../mentions/np';
import { QUOTING_VERBS } from '../cues/participles';

/** The quoted person when token `comma` is the comma before "as saying" closing "quoted X, Y,"; else null. */
export function quotedWithAppositive(doc: Doc, comma: number, floor: number): Phrase | null {
  const lower = doc.tokens.lower;
  if (lower[comma] !== ',') return null;
  const second = phraseEndingAt(doc, comma - 1, floor);
  if (!second || lower[second.first - 1] !== ',') return null;
  const first = phraseEndingAt(doc, second.first - 2, floor);
  if (!first || !QUOTING_VERBS.has(lower[first.first - 1] ?? '')) return null;
  // The name of the two: a capitalised phrase without a determiner ("John Roe") before a described role.
  const named = (p: Phrase) => doc.tokens.cap[p.first] === 1 && doc.tokens.cap[p.last] === 1;
  return named(second) || !named(first) ? second : first;
}
