/**
 * "find" reports a statement only when its subject is a body or document whose findings are its word: "The
 * inquiry found the crew had ignored the alarms", "The court found that the delay was unlawful", "The FAA
 * found …". A person or team finding something ("Researchers found that the rock is porous", "She found the
 * keys") reports a discovery, not a statement.
 */
import type { Doc } from '../doc';
import { WORD } from '../text/tokenTable';
import { beforeAdverbs } from './negation';
import { FINDING_SOURCES } from './lexicon';
import { findingHeadBeforeModifier } from '../statements/findingModifier';

const AUXILIARIES = new Set(['has', 'have', 'had', 'also', 'further', 'later', 'then']);
/** Words before a bare subject: it opens a clause there ("said that studies show", "and polls show"). */
const BARE_OPENERS = new Set(['that', 'and', 'or', 'but', 'as', 'because', 'since', 'while', 'if']);
const PERSON_OBJECTS = new Set(['itself', 'themselves', 'himself', 'herself', 'him', 'her', 'them', 'me', 'us']);

/** Whether text[start, end) is capital ASCII letters only ("NTSB"). */
function isAllCapitals(text: string, start: number, end: number): boolean {
  for (let c = start; c < end; c++) {
    const code = text.charCodeAt(c);
    if (code < 65 || code > 90) return false;
  }
  return true;
}

/** The last token of the subject before the verb at token `i`, past adverbs and auxiliaries ("has also found"); -1 at the start. */
function subjectEndBefore(doc: Doc, i: number): number {
  const lower = doc.tokens.lower;
  let k = beforeAdverbs(doc, i);
  while (k >= 0 && AUXILIARIES.has(lower[k])) k--;
  return k;
}

/** Whether the subject before the verb at token `i` ends in a body or document noun, or an agency's acronym. */
export function findsAsSource(doc: Doc, i: number): boolean {
  const { lower, kind, sent } = doc.tokens;
  const k = subjectEndBefore(doc, i);
  if (k < 0 || sent[k] !== sent[i] || kind[k] !== WORD) return false;
  // "The committee found itself divided", "the court found him guilty": a person object is a verdict or a
  // state, not a reported finding.
  if (PERSON_OBJECTS.has(lower[i + 1] ?? '')) return false;
  // "The NTSB found …": an acronym of capitals names an agency (three to six letters, all capitals).
  const length = doc.tokens.end[k] - doc.tokens.start[k];
  if (FINDING_SOURCES.has(lower[k]) || (length >= 3 && length <= 6 && isAllCapitals(doc.text, doc.tokens.start[k], doc.tokens.end[k]))) return true;
  if (FINDING_SOURCES.has(lower[headBeforeModifier(doc, k)] ?? '')) return true;
  // "Exit polls taken in Ohio found that …": the head before a participle or preposition (findingModifier.ts).
  return findingHeadBeforeModifier(doc, k, Math.max(doc.sentStart[k], k - 60)) !== null;
}

/** Words a subject's post-modifier opens with ("a survey by the Royal College of Nursing found …"). */
const MODIFIER_OPENERS = new Set(['by', 'from', 'of', 'into', 'for']);

/**
 * The head of a subject whose last word is `k`, past a name after "by"/"from"/"of"/"into"/"for" that modifies
 * it: "A survey by the Royal College of Nursing found …". -1 when there is none.
 */
function headBeforeModifier(doc: Doc, k: number): number {
  const { lower, sent, cap } = doc.tokens;
  for (let j = k; j > 0 && j >= k - 8 && sent[j] === sent[k]; j--) {
    // "of" inside a name ("College of Nursing") is no opener.
    if (MODIFIER_OPENERS.has(lower[j]) && !(lower[j] === 'of' && cap[j - 1] === 1)) return j - 1;
    if (cap[j] !== 1 && lower[j] !== 'the' && lower[j] !== 'of' && lower[j] !== 'and') return -1;
  }
  return -1;
}

/**
 * "The survey showed …", "County records show …", "A new poll shows …": the finding source has a determiner or a
 * modifier before its head. A bare plural ("studies show …", "polls show …") is the writer's or a speaker's
 * generic appeal to evidence, most often inside what someone said ("According to the WHO, studies show …").
 */
export function determinedFindingSource(doc: Doc, i: number): boolean {
  if (!findsAsSource(doc, i)) return false;
  const { lower, kind, sent } = doc.tokens;
  const before = subjectEndBefore(doc, i) - 1;
  return before >= 0 && sent[before] === sent[i] && kind[before] === WORD && !BARE_OPENERS.has(lower[before]);
}
