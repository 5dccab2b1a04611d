/**
 * A quotation that opens in lower case straight after a word of the narrator's sentence is a phrase embedded
 * in that sentence: "The law prohibits "the unauthorized use of images of police officers …"", "a bill
 * concerning "equity in the provision of mental health benefits …"". However long, it is someone's words only
 * when a cue attributes it; with none it is the wording of a law, a title or a term, not a floating quotation.
 * Not after a word that opens a clause or names its subject, where the quotation is the clause itself and so
 * someone's words even with no cue: `a vigil was cancelled as "there will not be a vote …"`, `the agency, who
 * "by their support guarantee our success"`, `Mohamed "had been subjected to …"`; nor after a comma or a colon,
 * where it may run on from the source before (`Therefore, "it could be devastating."`).
 */
import type { Doc } from '../doc';
import { WORD } from '../text/tokenTable';
import { CLAUSE_OPENERS, DETERMINERS, SUBJECT_PRONOUNS } from '../mentions/lexicon';
import { FINITE_AUXILIARIES_AND_DO } from '../statements/verbWords';
import type { QuoteSpan } from './span';
import type { CueSpan } from '../cues';

/** Links that open a clause besides CLAUSE_OPENERS. */
const LINKS = new Set(['as', 'that', 'and', 'but', 'or', 'so', 'then']);

export function isEmbeddedPhrase(doc: Doc, q: QuoteSpan): boolean {
  const prev = q.openTok - 1;
  const { kind, para, sent, cap, lower } = doc.tokens;
  if (prev < 0 || para[prev] !== q.para || sent[prev] !== sent[q.openTok] || kind[prev] !== WORD || cap[prev] === 1) return false;
  const w = lower[prev];
  if (CLAUSE_OPENERS.has(w) || LINKS.has(w) || SUBJECT_PRONOUNS.has(w) || !/^\P{L}{0,3}\p{Ll}/u.test(q.text)) return false;
  const first = /^\P{L}{0,3}(\p{L}+)/u.exec(q.text);
  return first === null || !FINITE_AUXILIARIES_AND_DO.has(first[1]);
}

/**
 * "A "Greater Europe" promised by the treaty is far off", "the "Fair Deal" backed by unions": a capitalised name
 * after a determiner is a noun phrase of the sentence, whatever cue-like participle follows it ("promised by").
 * Called only for quotations roles.ts already reads as titles (mostly capitalised words, no final stop).
 */
export function isDeterminedName(doc: Doc, q: QuoteSpan): boolean {
  const prev = q.openTok - 1;
  if (prev < 0 || doc.tokens.para[prev] !== q.para || !DETERMINERS.has(doc.tokens.lower[prev])) return false;
  // "called him an "Asian Hitler"" is a verdict (isVerdictAfterArticle); "a"/"an" names a thing as a subject.
  const w = doc.tokens.lower[prev];
  return (w !== 'a' && w !== 'an') || doc.sentStart[prev] === prev;
}

/**
 * "North Korea called the prime minister an "Asian Hitler"", "critics branded him a "Modern Nero"": after a
 * naming or describing cue, a capitalised quotation after "a"/"an" is the source's verdict, not a title (a
 * title takes no indefinite article). Called only for quotations roles.ts reads as titles.
 */
export function isVerdictAfterArticle(doc: Doc, q: QuoteSpan, describing: boolean): boolean {
  const prev = q.openTok - 1;
  const w = prev >= 0 && doc.tokens.para[prev] === q.para ? doc.tokens.lower[prev] : '';
  return describing && (w === 'a' || w === 'an');
}

/**
 * `is reported to have said "Thanks be to God" as he left`, `shouted: "Long Live The King"`: capitalised words
 * straight after a speech cue (a comma or colon at most between) are what was said, not a title; a describing
 * cue ("called it "Operation Dawn"") may still name a thing.
 */
export function saidStraightAfter(doc: Doc, q: QuoteSpan, cue: CueSpan): boolean {
  if (cue.frames.has('description') || cue.lastTok >= q.openTok) return false;
  const between = q.openTok - cue.lastTok - 1;
  // `"We will win," Ruiz told "Good Morning America"`: a name straight after "told" is its hearer, the
  // programme the words were told to (a quotation of them would follow a comma or a colon).
  if (between === 0 && cue.lemma === 'tell') return false;
  const mark = doc.tokens.lower[cue.lastTok + 1];
  return between === 0 || (between === 1 && (mark === ',' || mark === ':'));
}
