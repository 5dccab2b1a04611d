/**
 * A noun phrase as the content of a verb whose object is itself what was said (the "nounObject" frame of
 * data/cues.json):
 *   has denied [involvement] · claimed [responsibility for the attack] · condemned [the actions of the rebels] ·
 *   praised [the commitments made by both leaders] · accused [the police of lying] · citing [the risk of
 *   retaliation]; complained about [the noise], warned of [a crisis] (the object of the verb's preposition,
 *   the "prepositionObject" map); warned [against cuts] (a warning).
 * Verbs outside that frame report nothing with a noun object ("confirmed the meeting", "broadcast footage",
 * "called for calm", "urged restraint": the annotators mark 2 of 12 such demands in the development sets);
 * verbs of judgement ("targetObject") report a short object only when no quotation of the source follows it
 * ("condemned the protests." reports; "denounced the operation. "It takes …"" does not: targetObject.ts);
 * "claim" and "declare" take only the objects of "objectHeads" ("claimed responsibility", "declared victory",
 * not "claimed the lives of 12"); "citing officials" names a source, not content. The phrase is the object
 * only: it stops before a second predicate of the source ("… and has since been
 * banned"), a participle or subordinate clause after a comma ("denied involvement, posting a statement …",
 * "denied corruption, although he accepted …"), the occasion of the act ("… at his trial") and a time adverbial
 * dating it ("claimed responsibility on Tuesday for …", objectTimeAdverbial.ts); objectEnd.ts finds where it
 * stops.
 */
import type { CueSpan } from '../cues';
import type { Doc } from '../doc';
import { WORD } from '../text/tokenTable';
import { clauseEnd } from './clauseEnd';
import { endBeforeSecondPredicate } from './secondPredicate';
import { warnedAgainst } from './warnAgainst';
import { isTimeOnly } from './objectTimeAdverbial';
import { objectEnd } from './objectEnd';
import data from '../data/cues.json';
import { ROLE_WORD, Walk } from '../mentions/npClasses';
import { DOCUMENT_NOUNS } from '../mentions/documentNouns';
import { OBJECT_PRONOUNS } from '../mentions/lexicon';
import { MIN_TARGET_WORDS, namesOnlyTarget } from './targetObject';
import { CANDIDATE_OBJECT_VERBS, namesCandidate } from './candidateObject';

/** Object words that are no content: pronouns, quantifiers, adverbs, prepositions, wh-words ("denied it", "reported nothing"). */
const EMPTY = new Set(['it', 'this', 'that', 'them', 'him', 'her', 'nothing', 'anything', 'something', 'everything', 'so', 'as', 'on', 'in', 'to', 'at', 'from', 'by', 'with', 'for', 'about', 'today', 'yesterday', 'earlier', 'later', 'again', 'also', 'over', 'against', 'into', 'under', 'through', 'throughout', 'within', 'without', 'around', 'toward', 'towards', 'beyond', 'upon', 'via', 'across', 'despite', 'amid', 'among', 'after', 'before', 'during', 'of', 'up', 'out', 'off', 'down', 'back', 'away', 'what', 'how', 'whether', 'if', 'why', 'when', 'where', 'who', 'which']);
/** Words that follow an object pronoun, never a possessive's noun ("more endorsed her than him"). */
const CONJUNCTIONS = new Set(['than', 'and', 'or', 'but', 'nor', 'because', 'while', 'if', 'when', 'unless']);
const NOUN_OBJECT_VERBS: ReadonlySet<string> = new Set(data.nounObject);
const PREPOSITION_OBJECTS: ReadonlyMap<string, readonly string[]> = new Map(Object.entries(data.prepositionObject));
const TARGET_OBJECT_VERBS: ReadonlySet<string> = new Set(data.targetObject);
const HEARER_BEFORE_OBJECT: ReadonlySet<string> = new Set(data.hearerBeforeObject);
// 'as': "cited the president's role as mediator" has its head before 'as' (role), not after (mediator).
const HEAD_ENDS = new Set(['of', 'with', 'in', 'at', 'from', 'for', 'as', 'close', 'familiar', 'who', 'that', ',']);
/** Nouns for sources that the role lists need not hold ("citing two people", "citing a police source"). */
const SOURCE_NOUNS = new Set(['source', 'sources', 'people', 'person', 'official', 'officials', 'witness', 'witnesses', 'documents', 'reports', 'figures', 'data']);

const OBJECT_HEADS: ReadonlyMap<string, ReadonlySet<string>> = new Map(Object.entries(data.objectHeads).map(([verb, heads]) => [verb, new Set(heads)]));
/** What one acknowledges with a wave or a bow, not in words ("acknowledged the crowd"). */
const AUDIENCES = new Set(['fans', 'supporters', 'crowd', 'crowds', 'audience', 'spectators', 'applause', 'cheers', 'ovation']);
const LEADING = new Set(['the', 'a', 'an', 'full', 'sole', 'no', 'any', 'some', 'partial']);

/** Whether the object from token `first` opens with a noun the verb's object may have (data/cues.json objectHeads). */
function allowedHead(doc: Doc, lemma: string, first: number): boolean {
  const heads = OBJECT_HEADS.get(lemma);
  if (!heads) return true;
  let k = first;
  while (k < first + 2 && LEADING.has(doc.tokens.lower[k])) k++;
  return heads.has(doc.tokens.lower[k]);
}

/** "claimed responsibility in a statement they released": an object head of the verb opens a noun object, not a clause. */
export function opensWithObjectHead(doc: Doc, lemma: string, first: number): boolean {
  return OBJECT_HEADS.has(lemma) && allowedHead(doc, lemma, first);
}

/** The noun-phrase content from token `i` (the first token after the cue), or null. */
export function nounObjectContent(doc: Doc, cue: CueSpan, i: number, isCueAt: (t: number) => boolean): { first: number; last: number } | null {
  if (cue.kind !== 'verb') return null;
  const { lower, kind, cap } = doc.tokens;
  // "The board will announce its decision on Monday", "is expected to confirm the deal": nothing said yet.
  // "hoped the parliament would endorse his decision": a modal's act is not (yet) done either.
  if (cue.inflection === 'base' && /^(?:will|shall|to|would|could|might|may|should|must)$/.test(lower[cue.verbTok - 1] ?? '')) return null;
  let first = -1;
  if (PREPOSITION_OBJECTS.get(cue.lemma)?.includes(lower[i])) first = i + 1;
  else if (cue.lemma === 'warn') first = warnedAgainst(doc, i);
  else if (NOUN_OBJECT_VERBS.has(cue.lemma) && kind[i] === WORD) {
    // "accusing her of being a foreign agent": what she is accused of.
    // "announced her plans": "her" before a noun is a possessive, not an object.
    // "have endorsed her than Smith", "praised her and her staff": before a conjunction "her" is the object.
    const possessive = lower[i] === 'her' && kind[i + 1] === WORD && cap[i + 1] !== 1 && !EMPTY.has(lower[i + 1]) && !CONJUNCTIONS.has(lower[i + 1]);
    // "promised them free treatment": the hearer, then what was promised.
    const hearerFirst = HEARER_BEFORE_OBJECT.has(cue.lemma) && OBJECT_PRONOUNS.has(lower[i]) && kind[i + 1] === WORD && !EMPTY.has(lower[i + 1]) && !possessive;
    first = OBJECT_PRONOUNS.has(lower[i]) && lower[i + 1] === 'of' ? i + 2 : hearerFirst ? i + 1 : EMPTY.has(lower[i]) && !possessive ? -1 : i;
  }
  if (first < 0 || !allowedHead(doc, cue.lemma, first)) return null;
  const last = objectEnd(doc, first, endBeforeSecondPredicate(doc, first, clauseEnd(doc, first, isCueAt)), isCueAt);
  // "The committee will report next month.": a time adverbial alone is no object.
  if (isTimeOnly(doc, first, last)) return null;
  // "announced the following measures:" introduces a list.
  if (lower[last + 1] === ':') return null;
  // "The striker acknowledged the fans": a greeting of an audience, not an admission.
  if (cue.lemma === 'acknowledge' && AUDIENCES.has(lower[last])) return null;
  // One word only when it is a common noun ("denied involvement"), not a name or a figure ("reported 12").
  if (last === first && (cap[first] === 1 || kind[first] !== WORD || doc.tokens.digitFirst[first] === 1 || lower[first].endsWith('ly'))) return null;
  // "citing officials familiar with the matter", "citing a police source": a source, not what was said.
  if (cue.lemma === 'cite' && namesSource(doc, first, last)) return null;
  // "endorsed Sen. Ted Cruz for president": whom the source backs, not what it said (candidateObject.ts).
  if (CANDIDATE_OBJECT_VERBS.has(cue.lemma) && namesCandidate(doc, first, last)) return null;
  // "denounced the operation. "It takes …"" names a target; "condemned the protests." says what was wrong (targetObject.ts).
  // "Witnesses described the crash": a short object of "describe" is what the description is about; what it
  // said is its "as" phrase (the description frame), so it keeps the length rule.
  const words = wordCount(doc, first, last);
  if (TARGET_OBJECT_VERBS.has(cue.lemma) && (cue.lemma === 'describe' ? words < MIN_TARGET_WORDS : namesOnlyTarget(doc, last, words))) return null;
  return last >= first ? { first, last } : null;
}

/** Whether the head of [first, last] (the word before its first preposition) is a person, group or document. */
function namesSource(doc: Doc, first: number, last: number): boolean {
  let head = last;
  for (let k = first + 1; k <= last; k++) if (HEAD_ENDS.has(doc.tokens.lower[k])) { head = k - 1; break; }
  const word = doc.tokens.lower[head];
  return Walk.of(doc).is(head, ROLE_WORD) || DOCUMENT_NOUNS.has(word) || SOURCE_NOUNS.has(word);
}

function wordCount(doc: Doc, first: number, last: number): number {
  let n = 0;
  for (let k = first; k <= last; k++) if (doc.tokens.kind[k] === WORD) n++;
  return n;
}
