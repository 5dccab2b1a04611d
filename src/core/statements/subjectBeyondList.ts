/**
 * A source phrase that is the last conjunct or object inside the post-modifier of the clause's subject is
 * not the subject: "A research team from the University of Kelby, the Harlow Museum and Dunmore State
 * University announced …" is the team's (not Dunmore State University's), "Members of the Assembly from the
 * north including Tom Baird and Ana Ruiz expressed …" the members', "Media reports quoting testimony
 * prepared for the House and Senate hearings say …" the reports', "Astronomers of the Carnegie Institution
 * in Washington, DC, announced …" the astronomers'. The subject is read from the clause's opening: a role or
 * group noun, then a preposition or a participle, and no verb up to the cue.
 */
import type { Doc } from '../doc';
import type { Phrase } from '../mentions/np';
import { ROLE_WORD, Walk } from '../mentions/npClasses';
import { QUOTE, WORD } from '../text/tokenTable';
import { clauseSubject } from './clauseSubject';
import { AUX, COMMON_VERBS, IRREGULAR_PAST } from './verbWords';

/** Prepositions that open a post-modifier of a group or role noun. */
const MODIFYING = new Set(['from', 'of', 'at', 'in', 'on', 'including', 'for', 'with', 'representing']);

/** A plural agent noun the role lists do not hold ("astronomers", "cyclists", "librarians"). */
const AGENT_PLURAL = /^\p{Ll}{3,}(?:ers|ists|ians)$/u;

/** Words that end the post-modifier before a list of examples ("(the PATA) including …", "such as …"). */
const EXAMPLES = new Set(['including', '(', 'such', 'like']);

/** Words that show a clause, not a phrase, between the subject and the cue. */
const CLAUSAL = new Set(['that', 'which', 'who', 'whom', 'whose', 'when', 'where', 'while', 'after', 'before', 'because', 'if', ';', ':', 'not']);

/** How far (tokens) the subject may stand before the cue. */
const REACH = 30;

/** The subject phrase, widened over its post-modifier, when `source` (ending right before the cue) lies inside it. */
export function subjectBeyondList(doc: Doc, source: Phrase, cueFirst: number, floor: number): Phrase | null {
  const { lower, kind, cap } = doc.tokens;
  // The source ends right before the cue, or before a place's apposition ("DC, United States, announced").
  for (let k = source.last + 1; k < cueFirst; k++) if (lower[k] !== ',' && (cap[k] !== 1 || kind[k] !== WORD || k > source.last + 5)) return null;
  const subject = clauseSubject(doc, source.first);
  if (!subject || subject.first < floor || subject.first > source.first || cueFirst - subject.first > REACH) return null;
  // The source phrase found is the whole subject: only examples after the description are cut off
  // ("Members of the Assembly (the north) including Tom Baird and Ana Ruiz" → "Members of the Assembly").
  const whole = subject.first === source.first;
  const walk = Walk.of(doc);
  // The head: a description of people or of documents ("A joint research team", "Media reports"), not a name,
  // right before a preposition or a participle (inside the subject phrase or just after it).
  let head = subject.first;
  while (head < subject.last && !opensModifier(doc, head + 1)) head++;
  if ((!whole && head >= source.first - 1) || head >= source.last || !(walk.is(head, ROLE_WORD) || AGENT_PLURAL.test(lower[head])) || (cap[head] === 1 && doc.sentStart[head] !== head) || !opensModifier(doc, head + 1)) return null;
  const after = head + 1;
  const participle = !MODIFYING.has(lower[after]);
  // Only a list or a second phrase inside the modifier misleads the subject finder ("Students at Lakeside
  // College said" is found whole already).
  let listed = false;
  let end = source.last;
  for (let k = after + 1; k < (whole ? source.last : source.first); k++) {
    const w = lower[k];
    if (CLAUSAL.has(w) || AUX.has(w) || kind[k] === QUOTE || isVerb(doc, k)) return null;
    // "The Herald reports receiving information, and the airline denies …": after a participle a comma
    // ends the phrase (the "-ing" word may be a verb's object); a list needs a preposition's object.
    if (participle && w === ',') return null;
    // "Media reports quoting officials in Kelby and Harlow say": the participle's object list is no joint source.
    const delimits = EXAMPLES.has(w) || ((!whole || participle) && (w === ',' || w === 'and' || w === 'or'));
    // The description ends before the list's second member or its examples: "A team from Kelby University".
    if (delimits && !listed) end = k - 1;
    if (delimits) listed = true;
  }
  // A list's last member follows "and"/"or" ("…, the Harlow Museum, and Dunmore State University"); a
  // phrase after a bare comma opens a clause ("according to Dana Pike, an officer for the county, injuries …").
  if (!listed || (!whole && lower[source.first - 1] !== 'and' && lower[source.first - 1] !== 'or' && !placeChainBefore(doc, source, head))) return null;
  if (participle) end = head;
  while (end > head && (lower[end] === ',' || lower[end] === 'the')) end--;
  return { first: subject.first, last: end };
}

/**
 * "astronomers of the Carnegie Institution in Washington, DC, United States, announced": the source found is
 * the last part of a place named after "in", parts set off by commas (capitalised words only).
 */
function placeChainBefore(doc: Doc, source: Phrase, head: number): boolean {
  const { lower, cap, kind } = doc.tokens;
  for (let k = source.first - 1; k > head; k--) {
    if (lower[k] === 'in') return k < source.first - 2;
    if (lower[k] !== ',' && (cap[k] !== 1 || kind[k] !== WORD)) return false;
  }
  return false;
}

/** Determiners and possessives that open an object after a transitive verb ("met the unions"). */
const OBJECT_OPENERS = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'its', 'our', 'this', 'these', 'those']);

/** A finite verb between the subject and the cue: a common verb or past form, or "-ed" before an object ("visited the site"). */
function isVerb(doc: Doc, k: number): boolean {
  const { lower, cap } = doc.tokens;
  const w = lower[k];
  if (COMMON_VERBS.has(w) || IRREGULAR_PAST.has(w)) return true;
  return cap[k] !== 1 && w.length > 4 && w.endsWith('ed') && (OBJECT_OPENERS.has(lower[k + 1]) || cap[k + 1] === 1);
}

/** A preposition of MODIFYING or a lowercase "-ing" participle at token `k`. */
function opensModifier(doc: Doc, k: number): boolean {
  const { lower, kind, cap } = doc.tokens;
  return MODIFYING.has(lower[k]) || (kind[k] === WORD && cap[k] !== 1 && /^\p{Ll}{3,}ing$/u.test(lower[k]));
}
