/**
 * "The toll rose to 45, state media reported." / "…, local officials said.": the phrase walk drops lowercase
 * words with no determiner before the head ("Tasmania was excluded …" must not start a phrase), but between
 * the comma that closes a postposed content (or a semicolon or "while" opening a second clause) and the head
 * they modify the source.
 */
import type { Doc } from '../doc';
import type { Phrase } from '../mentions/np';
import { DETERMINERS, JOINERS, isStopWord } from '../mentions/lexicon';
import { WORD } from '../text/tokenTable';
import { VERB_FORMS } from '../cues/lexicon';

const MAX_MODIFIERS = 2;
/** What may stand before a clause's bare subject: a comma, a semicolon, a contrast ("…; aid groups said", "…, while aid groups said", "…, and aid groups said"). */
const CLAUSE_BREAKS = new Set([',', ';', 'while', 'whereas']);

/** A modifier word: no function word or verb, but a base form may be a noun ("state media"). */
function modifier(word: string): boolean {
  // Not "…, accompanied by a message telling …": a participle or preposition opens no source.
  if (DETERMINERS.has(word) || JOINERS.has(word) || word.endsWith('ed')) return false;
  return !isStopWord(word) || VERB_FORMS.get(word)?.inflection === 'base';
}

export function withBareModifiers(doc: Doc, p: Phrase, floor: number): Phrase {
  const { lower, kind, cap } = doc.tokens;
  let k = p.first - 1;
  while (k >= floor && k >= p.first - MAX_MODIFIERS && kind[k] === WORD && cap[k] !== 1 && modifier(lower[k])) k--;
  return k >= floor && k < p.first - 1 && (CLAUSE_BREAKS.has(lower[k]) || (/^(?:and|but)$/.test(lower[k]) && lower[k - 1] === ',')) ? { first: k + 1, last: p.last } : p;
}
