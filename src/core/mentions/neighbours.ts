/**
 * How a mention stands to its neighbours: in a list of names joined by "and" (never "he" alone), or before
 * the comma closing a fronted clause (no apposition with the phrase after it).
 */
import type { Doc } from '../doc';
import type { Mention } from '../mentions';
import { CLAUSE_OPENERS, FRONTED_OPENERS } from './lexicon';
import { WORD } from '../text/tokenTable';

/**
 * `While aides spoke to The Star, a nurse at the clinic said …`: the first comma of a sentence opened by a
 * subordinating word closes that clause, so the phrases on either side are no apposition.
 */
export function closesFrontedClause(doc: Doc, comma: number): boolean {
  const start = doc.sentStart[comma];
  const opener = doc.tokens.lower[start];
  if (!CLAUSE_OPENERS.has(opener) && !FRONTED_OPENERS.has(opener)) return false;
  for (let k = start + 1; k < comma; k++) if (doc.tokens.lower[k] === ',') return false;
  // "According to the team's coach, Ali Reza, in their …": a name between two commas is in apposition.
  return !(opener === 'according' && nameBetweenCommas(doc, comma));
}

function nameBetweenCommas(doc: Doc, comma: number): boolean {
  const { lower, cap } = doc.tokens;
  let k = comma + 1;
  while (k < comma + 6 && cap[k] === 1) k++;
  // Not a subject with its age ("According to the club, Okafor, 23, will …").
  return k > comma + 1 && lower[k] === ',' && !/^\d{1,3}$/.test(lower[k + 1] ?? '');
}

/**
 * "According to the coroner, Lars Hovde died of …": a name after the comma closing the source of "according
 * to" and straight before a lowercase word is the content's subject, no apposition to the source ("According
 * to the promoter, Vesna Kral, the concert …" has one, closed by its comma).
 */
export function nameOpensAccordingContent(doc: Doc, first: number, comma: number): boolean {
  const { lower, cap, kind } = doc.tokens;
  let o = first - 1;
  while (o > first - 4 && o >= 0 && kind[o] === WORD && lower[o] !== 'to') o--;
  if (lower[o] !== 'to' || lower[o - 1] !== 'according') return false;
  let k = comma + 1;
  while (k < comma + 6 && cap[k] === 1 && kind[k] === WORD) k++;
  return k > comma + 1 && kind[k] === WORD && cap[k] !== 1;
}

/**
 * "Senators Ann Ruiz of Ohio, Tom Baird of Utah, and Li Wei of Iowa each asked Brown to run. He …": three or
 * more names joined by commas and an "and" or "or" are a list; "he" means someone else (Brown).
 */
export function markLists(doc: Doc, mentions: Mention[]): void {
  const lower = doc.tokens.lower;
  const joinedByAnd = (a: Mention, b: Mention) => (b.first === a.last + 2 && (lower[a.last + 1] === 'and' || lower[a.last + 1] === 'or'))
    || (b.first === a.last + 3 && lower[a.last + 1] === ',' && (lower[a.last + 2] === 'and' || lower[a.last + 2] === 'or'));
  const joinedByComma = (a: Mention, b: Mention) => b.first === a.last + 2 && lower[a.last + 1] === ',';
  for (let i = 0; i + 1 < mentions.length; i++) {
    if (!joinedByAnd(mentions[i], mentions[i + 1]) || mentions[i].info.pronoun || mentions[i + 1].info.pronoun) continue;
    const pair = ((peopleNamed(mentions[i]) || givenNameOnly(mentions[i])) && peopleNamed(mentions[i + 1])) || (bodyDescribed(mentions[i]) && bodyDescribed(mentions[i + 1]));
    if (pair && lower[mentions[i].last + 1] === 'and') mentions[i].pairedWithNext = true;
    // Three or more: two names joined by "and" may be one ("The Globe and Mail").
    let first = i;
    // Not a fronted phrase's noun before the comma ("Writing in a blog post, Ann Ruiz of The Globe and Mail …").
    while (first > 0 && joinedByComma(mentions[first - 1], mentions[first]) && !mentions[first - 1].info.pronoun && !mentions[first - 1].oblique) first--;
    if (first === i) continue;
    for (let j = first; j <= i + 1; j++) mentions[j].listed = true;
  }
}

/** "The union and the company met. They said …": an organisation described by a definite noun phrase. */
function bodyDescribed(m: Mention): boolean {
  return m.info.kind === 'organization' && m.info.name === null && !m.info.plural && !m.oblique && /^the\s/i.test(m.info.text);
}

/**
 * "Tom and Eva Brandt sold the farm. "…," they said.": a known given name alone before "and" and a full name
 * shares its surname; the two are a pair of people.
 */
function givenNameOnly(m: Mention): boolean {
  return m.info.kind === 'person' && m.info.name !== null && !m.info.name.includes(' ') && m.info.gender !== null && !m.info.plural && m.info.role === null;
}

/** A person's name of two words or more ("Carl Dunn"), not a single capitalised word ("The Globe and Mail"). */
function peopleNamed(m: Mention): boolean {
  return m.info.kind === 'person' && m.info.name !== null && m.info.name.includes(' ') && !m.info.plural;
}
