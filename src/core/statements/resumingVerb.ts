/**
 * Whether the word after a parenthetical cue resumes the reported clause with its verb: "These whales, she
 * suggested, specialize in hunting seals." · "The factory, according to the union, employs 900 workers." ·
 * "Tourists, he added, rarely visit the caves." The engine has no part-of-speech tagger, but the slot is narrow:
 * a short noun phrase opens the sentence, a parenthesis names the source, and the next word is its predicate
 * unless it is a function word ("The plan, he said, a failure …", "Thanks, she said, for coming").
 */
import type { Doc } from '../doc';
import { WORD } from '../text/tokenTable';
import { DETERMINERS, OBJECT_PRONOUNS, SUBJECT_PRONOUNS } from '../mentions/lexicon';
import { COORDINATORS, PREPOSITIONS, RELATIVE, SUBORDINATORS } from './clauseShapes';
import { VERB_FORMS } from '../cues/lexicon';

/** Function words that never open a predicate (besides determiners, pronouns, prepositions, conjunctions). */
const NOT_VERBS = new Set(['to', 'not', 'no', 'as', 'than', 'so', 'too', 'very', 'only', 'even', 'then', 'when', 'where', 'while', 'what', 'how', 'why', 'there', 'here', 'yes', 'please', 'thanks', 'over', 'under', 'into', 'onto', 'upon', 'among', 'amid', 'against', 'without', 'within', 'between', 'through', 'toward', 'towards', 'across', 'near', 'per', 'via', 'just', 'perhaps', 'maybe', 'however', 'though', 'although', 'whether', 'if', 'unless', 'once', 'instead', 'including']);
/** Adverbs that may stand before the resumed verb: "Tourists, he added, rarely visit …". */
const PRE_VERB_ADVERBS = new Set(['also', 'still', 'never', 'always', 'often', 'now', 'already', 'soon', 'even', 'only', 'just', 'sometimes', 'usually', 'generally', 'mostly']);

/** Verbs that end like adverbs ("The rules, officials said, apply to …"). */
const LY_VERBS = new Set(['apply', 'applies', 'rely', 'relies', 'reply', 'replies', 'supply', 'supplies', 'comply', 'complies', 'imply', 'implies', 'fly', 'flies', 'multiply', 'multiplies', 'rally', 'rallies', 'tally', 'tallies']);

/** Whether `word` (lower case) is a function word, not a content word that could be a verb. */
function functionWord(word: string): boolean {
  return DETERMINERS.has(word) || SUBJECT_PRONOUNS.has(word) || OBJECT_PRONOUNS.has(word) || PREPOSITIONS.has(word) || COORDINATORS.has(word) || SUBORDINATORS.has(word) || RELATIVE.has(word) || NOT_VERBS.has(word);
}

/** Whether token `k` opens a predicate after a parenthesis: an optional adverb, then a lower-case finite verb. */
export function resumingVerb(doc: Doc, k: number): boolean {
  const { lower, kind, cap, digitFirst } = doc.tokens;
  const adverb = (w: string) => PRE_VERB_ADVERBS.has(w) || (/ly$/.test(w) && w.length > 4 && !LY_VERBS.has(w));
  if (kind[k] === WORD && adverb(lower[k])) k++;
  const word = lower[k] ?? '';
  // Not a second cue before a colon ("Ann Lee, of the party said, said: …"): it opens a report of its own.
  if (VERB_FORMS.has(word) && kind[k + 1] !== WORD) return false;
  // Not a participle or gerund ("…, he said, adding …", "…, she said, citing …"): no finite verb.
  if (kind[k] !== WORD || cap[k] === 1 || digitFirst[k] === 1 || functionWord(word) || /ing$/.test(word) || adverb(word)) return false;
  // The verb has an object, complement or adjunct after it, or ends the sentence.
  return /^[a-z][a-z'-]*$/.test(word) && word.length > 1;
}
