/**
 * A person's name, then a comma and an indefinite description that runs up to the cue without its closing
 * comma: "Sen. Ada Cole (D-OR), a backer of the bill told reporters …" → Ada Cole. The phrase walk back from
 * the cue finds only the description ("a backer of the bill"); the name before its comma is the source, the
 * description its apposition. A party label in brackets may follow the name ("(D-OR)"). Mid-sentence too
 * ("On Friday Sen. Ada Cole, a backer of the bill told …"), where openingName.ts reads only the opening.
 * Not a place ("Dayton, Ohio, a spokesman said": no person's name) nor a preposition's object
 * ("Officials in Maria Lopez, a …": the name after "in").
 */
import type { Doc } from '../doc';
import { phraseEndingAt, type Phrase } from '../mentions/np';
import { describe } from '../mentions/describe';
import { WORD } from '../text/tokenTable';

const MAX_BRACKET = 6;
const PREPOSITIONS = new Set(['with', 'at', 'in', 'to', 'from', 'on', 'for', 'of', 'by', 'about', 'against']);

export function nameBeforeDescription(doc: Doc, description: Phrase, floor: number): { phrase: Phrase; apposition: string } | null {
  const { lower, kind, cap, start, end } = doc.tokens;
  if (lower[description.first] !== 'a' && lower[description.first] !== 'an') return null;
  if (lower[description.first - 1] !== ',') return null;
  let j = description.first - 2;
  // "Ada Cole (D-OR), a …": skip the bracketed party label.
  if (lower[j] === ')') {
    let open = j - 1;
    while (open > j - MAX_BRACKET && open > floor && lower[open] !== '(') open--;
    if (lower[open] !== '(') return null;
    j = open - 1;
  }
  if (j < floor || kind[j] !== WORD || cap[j] !== 1) return null;
  const name = phraseEndingAt(doc, j, floor);
  if (!name || PREPOSITIONS.has(lower[name.first - 1] ?? '')) return null;
  const info = describe(doc, name);
  if (info.name === null || info.kind !== 'person' || describe(doc, description).kind !== 'person') return null;
  return { phrase: name, apposition: doc.text.slice(start[description.first], end[description.last]) };
}
