/**
 * A naming verb right before a quotation ("called "…"", "dubbed "…"") is a participle naming a thing after a
 * noun ("a federal law called the "family assistance plan""), but the verb of a relative clause after its
 * subject, whose object is the noun before: "attacked what she called "a betrayal of voters"", "the plan, which
 * the minister dubbed "a fantasy"". Then the quotation is the subject's words. (Not a subject without a relative
 * pronoun, "a murder police called "barbaric"": the noun phrase would read "a murder police" as one phrase.)
 */
import type { Doc } from '../doc';
import { GROUPS, ROLES, SUBJECT_PRONOUNS } from '../mentions/lexicon';
import { WORD } from '../text/tokenTable';

/** Words opening a relative clause whose object is the thing named ("what", "which", "whom", "that"). */
const RELATIVE_OBJECTS = new Set(['what', 'which', 'whom', 'that']);
/** How many words a subject may have after the relative ("which the prime minister called"). */
const MAX_SUBJECT_WORDS = 3;
const PERFECT_AUXILIARIES = new Set(['has', 'have', 'had']);
const DETERMINERS = new Set(['a', 'an', 'the', 'this', 'that']);
/** Words after which a noun phrase opens a clause as its subject ("which the transport minister dubbed": a relative's). */
const CLAUSE_OPENERS = new Set(['and', 'but', 'or', 'nor', 'that', 'which', 'what', 'who', 'whom', 'whose', 'when', 'while', 'as', 'because', 'if', 'since', 'although', 'though', 'where', 'so', 'then', 'yet', 'after', 'before', 'until', 'once', 'whether', 'said', 'says', 'say']);

/**
 * "a murder police called": `prev` a group or role right after a determiner and one lowercase noun, so it is
 * the subject of a relative clause without its pronoun (the noun phrase would read "a murder police").
 */
export function bareRelativeSubject(doc: Doc, prev: number): boolean {
  const { lower, kind, cap, sent } = doc.tokens;
  if (prev < 3 || !ROLES.has(lower[prev]) && !GROUPS.has(lower[prev])) return false;
  const noun = prev - 1;
  if (noun < 2 || !DETERMINERS.has(lower[noun - 1]) || DETERMINERS.has(lower[noun]) || kind[noun] !== WORD || cap[noun] === 1 || !/^\p{Ll}+$/u.test(lower[noun])) return false;
  // The noun phrase is an object ("over a murder", "signed a deal"), not a subject opening a clause ("In a
  // televised address, the current president called …", "and the new mayor called …").
  const before = noun - 2;
  return sent[before] === sent[prev] && kind[before] === WORD && cap[before] !== 1 && !CLAUSE_OPENERS.has(lower[before]);
}

/** Whether token `prev`, right before the naming verb, ends the subject of a relative clause. */
export function endsRelativeSubject(doc: Doc, prev: number): boolean {
  const { lower, kind, sent } = doc.tokens;
  const head = lower[prev];
  if (SUBJECT_PRONOUNS.has(head)) return true;
  // "in what the commissioner has called "a new dawn"": a perfect's auxiliary makes it a verb (no noun is
  // named by "has called").
  if (PERFECT_AUXILIARIES.has(head)) return true;
  // "what aides dubbed "…"", "which Hale called "…"": a plural noun or a name right after the relative is its
  // subject too (a lone word, no phrase to misread).
  if (RELATIVE_OBJECTS.has(lower[prev - 1]) && sent[prev - 1] === sent[prev] && kind[prev] === WORD && (doc.tokens.cap[prev] === 1 || /^\p{Ll}{3,}s$/u.test(head)) && !/ss$/.test(head)) return true;
  if (!ROLES.has(head) && !GROUPS.has(head)) return false;
  // "a murder police called "…"", "the deal critics branded "…"": a relative clause without its pronoun, a
  // group or role right after a determiner and one common noun (the thing named).
  if (bareRelativeSubject(doc, prev)) return true;
  // "what the minister called", "which officials dubbed": a relative pronoun opens the subject.
  for (let k = prev - 1; k >= 0 && k >= prev - MAX_SUBJECT_WORDS && sent[k] === sent[prev] && kind[k] === WORD; k--) {
    if (RELATIVE_OBJECTS.has(lower[k])) return true;
  }
  return false;
}

/**
 * "The storm, dubbed "the Beast from the East," closed schools": a naming participle opening a parenthesis
 * after a common noun (`prev` is the comma) names the thing; a name or pronoun before the comma is a subject
 * ("Ruiz, 54, called …" is not read here: a number is no noun; nor is a role noun, "Ruiz, the party leader, called …").
 */
export function namesAfterCommaNoun(doc: Doc, prev: number): boolean {
  const { lower, kind, cap, sent } = doc.tokens;
  const noun = prev - 1;
  if (lower[prev] !== ',' || noun < 0 || sent[noun] !== sent[prev] || kind[noun] !== WORD || cap[noun] === 1) return false;
  // "Ana Ruiz, the opposition leader, called "…"": a role noun closes an apposition to the subject.
  return /^\p{Ll}+$/u.test(lower[noun]) && !SUBJECT_PRONOUNS.has(lower[noun]) && !GROUPS.has(lower[noun]) && !ROLES.has(lower[noun]);
}
