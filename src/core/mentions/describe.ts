/**
 * What a source noun phrase says about its source: the proper name in it, the role around the name, the
 * kind, gender and number. "Russian President Vladimir Putin" → name "Vladimir Putin", role "Russian
 * President", person, male by nothing yet; "Korean Central News Agency (KCNA)" → organisation with acronym;
 * "Bush and Putin" → two parts; "a police spokesman" → no name, role "a police spokesman", person, male.
 */
import type { Doc } from '../doc';
import type { SpeakerKind } from '../types';
import type { Phrase } from './np';
import { PLACES, DETERMINERS, FEMALE_NAMES, FEMALE_WORDS, GROUPS, MALE_NAMES, MALE_WORDS, ORG_HEADS, ROLES, SUBJECT_PRONOUNS, TITLES } from './lexicon';
import { ACRONYM, nameRun } from './names';

export type Gender = 'female' | 'male' | null;

export interface MentionInfo {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** The proper name in the phrase ("Vladimir Putin"), or null. */
  readonly name: string | null;
  /** An acronym given in brackets or as the name ("KCNA"). */
  readonly acronym: string | null;
  /** The phrase without the name ("Bush's national security adviser"), or null. */
  readonly role: string | null;
  readonly kind: SpeakerKind;
  readonly gender: Gender;
  readonly plural: boolean;
  readonly pronoun: string | null;
  /** The sources of a joint phrase ("Bush and Putin"), else empty. */
  readonly parts: readonly MentionInfo[];
}


/** Splits "Bush and Putin" / "Both the district and the police department" at a top-level "and". */
function jointParts(doc: Doc, p: Phrase): Phrase[] {
  let ofSeen = false;
  for (let i = p.first + 1; i < p.last; i++) {
    const t = doc.tokens[i];
    if (t.lower === 'of' || t.lower === 'for' || t.lower === 'on') ofSeen = true;
    if (t.lower === 'and' && !ofSeen && doc.tokens[i + 1]) {
      const first = doc.tokens[p.first].lower === 'both' ? p.first + 1 : p.first;
      const left = describeTokensHaveHead(doc, first, i - 1);
      const right = describeTokensHaveHead(doc, i + 1, p.last);
      if (left && right) return [{ first, last: i - 1 }, { first: i + 1, last: p.last }];
    }
  }
  return [];
}

function describeTokensHaveHead(doc: Doc, a: number, b: number): boolean {
  for (let i = a; i <= b; i++) {
    const t = doc.tokens[i];
    if ((t.cap && !DETERMINERS.has(t.lower)) || ROLES.has(t.lower) || GROUPS.has(t.lower)) return true;
  }
  return false;
}

export function describe(doc: Doc, p: Phrase): MentionInfo {
  const start = doc.tokens[p.first].start;
  const end = doc.tokens[p.last].end;
  const text = doc.text.slice(start, end);
  if (p.first === p.last && SUBJECT_PRONOUNS.has(doc.tokens[p.first].lower)) {
    const lower = doc.tokens[p.first].lower;
    return { start, end, text, name: null, acronym: null, role: null, kind: lower === 'it' ? 'organization' : 'unknown', gender: lower === 'she' ? 'female' : lower === 'he' ? 'male' : null, plural: lower === 'they' || lower === 'we', pronoun: lower, parts: [] };
  }
  const parts = jointParts(doc, p).map((q) => describe(doc, q));
  if (parts.length) return { start, end, text, name: null, acronym: null, role: null, kind: 'group', gender: null, plural: true, pronoun: null, parts };
  const run = nameRun(doc, p);
  let acronym: string | null = null;
  const close = doc.tokens[p.last + 1];
  if (close?.text === '(' && doc.tokens[p.last + 3]?.text === ')' && ACRONYM.test(doc.tokens[p.last + 2].text)) acronym = doc.tokens[p.last + 2].text;
  const name = run ? doc.text.slice(doc.tokens[run[0]].start, doc.tokens[run[1]].end) : null;
  if (run && run[0] === run[1] && ACRONYM.test(name!) && name!.length >= 2) acronym = name;
  const roleText = run ? doc.text.slice(start, doc.tokens[run[0]].start).trim().replace(/[,\s]+$/, '') : text;
  const lowers: string[] = [];
  for (let i = p.first; i <= p.last; i++) lowers.push(doc.tokens[i].lower);
  const headLower = run ? doc.tokens[run[1]].lower : lowers[lowers.length - 1];
  const firstName = run ? doc.tokens[run[0]].lower : '';
  const gender: Gender = FEMALE_NAMES.has(firstName) || lowers.some((w) => FEMALE_WORDS.has(w) && w !== 'her') ? 'female'
    : MALE_NAMES.has(firstName) || lowers.some((w) => MALE_WORDS.has(w) && w !== 'his') ? 'male' : null;
  const plural = !run && (GROUPS.has(headLower) || (/s$/.test(headLower) && !ROLES.has(headLower) && !/ss$/.test(headLower)));
  let kind = kindOf(run !== null, headLower, lowers, plural, gender, run ? run[1] - run[0] + 1 : 0, acronym !== null);
  // "Union of Rationalist Atheists and Agnostics", "Department of Agriculture": an organisation word in the name.
  if (run && kind !== 'group' && !gender) for (let i = run[0]; i <= run[1]; i++) if (ORG_HEADS.has(doc.tokens[i].lower)) kind = 'organization';
  if (name && !gender && PLACES.has(name.toLowerCase())) kind = 'organization';
  return { start, end, text, name, acronym, role: roleText.length ? roleText : null, kind, gender, plural, pronoun: null, parts: [] };
}

function kindOf(named: boolean, head: string, lowers: readonly string[], plural: boolean, gender: Gender, nameLength: number, acronym: boolean): SpeakerKind {
  if (plural) return 'group';
  if (ORG_HEADS.has(head) || (acronym && nameLength === 1)) return 'organization';
  if (gender || lowers.some((w) => TITLES.has(w))) return 'person';
  if (named) return nameLength >= 2 ? 'person' : 'unknown';
  return ROLES.has(head) ? (/(?:man|woman|person|er|or|ist|ent|ant|ian|ee|ate)$/.test(head) ? 'person' : 'organization') : 'unknown';
}
