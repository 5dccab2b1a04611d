/**
 * What a source noun phrase says about its source: the proper name in it, the role around the name, the
 * kind, gender and number. "Russian President Vladimir Putin" → name "Vladimir Putin", role "Russian
 * President", person, male by nothing yet; "Korean Central News Agency (KCNA)" → organisation with acronym;
 * "Bush and Putin" → two parts; "a police spokesman" → no name, role "a police spokesman", person, male.
 */
import type { Doc } from '../doc';
import type { SpeakerKind } from '../types';
import type { Phrase } from './np';
import { isRegionOfPlace } from './regionPlace';
import { JOINERS, NATIONALITY_NOUNS, PLACES, PLACE_FEATURES, DETERMINERS, FEMALE_NAMES, FEMALE_WORDS, GROUPS, MALE_NAMES, MALE_WORDS, ORG_HEADS, PERSON_ROLES, ROLES, SUBJECT_PRONOUNS, THING_ROLES, TITLES } from './lexicon';
import { ACRONYM, NAME_PARTICLES, nameRun } from './names';
import { descriptionHead } from './head';
import { isArticleBeforeName } from './theName';
import { jointParts } from './jointPhrases';
import { DASH_MARKS } from './npInsertion';
import { nameKnownAs } from './knownAs';

export type Gender = 'female' | 'male' | null;

// Possessive forms too: "his remarks in the interview described …" names its speaker by "his" (documentAuthors.ts).
const OBJECT_PRONOUNS: ReadonlyMap<string, string> = new Map([['him', 'he'], ['her', 'she'], ['them', 'they'], ['us', 'we'], ['me', 'i'], ['his', 'he'], ['their', 'they'], ['its', 'it']]);

/** What a phrase says; the same for every occurrence of the phrase (its offsets are the Mention's). */
export interface MentionInfo {
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


/**
 * "the President", "the First Lady", "the Home Secretary": capitalised titles with no name after them are a
 * description, which can refer back to the person ("President Ana Ruiz … the President said") or stand in apposition to a
 * name ("the First Lady, Carla Reyes"), not a name of their own.
 */
function withoutTitleOnly(doc: Doc, run: [number, number] | null, last: number): [number, number] | null {
  if (!run) return null;
  const lower = doc.tokens.lower;
  // "the Argentine added", "a Frenchman in the crowd said": a nationality heading a determined phrase describes a person.
  if (run[0] === run[1] && (run[1] === last || JOINERS.has(lower[run[1] + 1])) && DETERMINERS.has(lower[run[0] - 1]) && NATIONALITY_NOUNS.has(lower[run[0]])) return null;
  // "the Home Secretary", "the Foreign Minister": a short capitalised title after "the" describes its holder.
  if (lower[run[0] - 1] === 'the' && run[1] - run[0] < 3 && TITLES.has(lower[run[1]])) return null;
  for (let i = run[0]; i <= run[1]; i++) if (!TITLES.has(lower[i]) && !(lower[i] === 'first' && i < run[1])) return run;
  return null;
}

/**
 * "Twenty Indians living in Bahrain filed a case. They claim …": the plural of a nationality noun is a group of
 * people, no name.
 */
function withoutNationalityPlural(doc: Doc, run: [number, number] | null): [number, number] | null {
  if (!run) return run;
  const lower = doc.tokens.lower;
  const word = lower[run[1]];
  if (!(word.length > 3 && word.endsWith('s') && NATIONALITY_NOUNS.has(word.slice(0, -1)))) return run;
  // "Twenty Indians", "Many Britons": a capitalised count before it is no name either.
  for (let k = run[0]; k < run[1]; k++) if (!COUNT_WORDS.test(lower[k]) && !DETERMINERS.has(lower[k])) return run;
  return null;
}
const COUNT_WORDS = /^(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|hundreds|thousand|thousands|dozen|dozens|million|millions|several|numerous|many|some|most|few)$/;

/** "the ruling party — Workers' Party of Korea — newspaper": a name inside dashes before the head names no one of it. */
function withoutInsertion(doc: Doc, run: [number, number] | null, last: number): [number, number] | null {
  if (!run) return run;
  for (let k = run[1] + 1; k <= last; k++) if (DASH_MARKS.has(doc.tokens.lower[k])) return null;
  return run;
}

export function describe(doc: Doc, p: Phrase): MentionInfo {
  const tokens = doc.tokens;
  const lower = tokens.lower;
  const start = tokens.start[p.first];
  const text = doc.text.slice(start, tokens.end[p.last]);
  // "According to him, …": an object pronoun naming a source stands for its subject form.
  const single = p.first === p.last ? OBJECT_PRONOUNS.get(lower[p.first]) ?? lower[p.first] : '';
  if (SUBJECT_PRONOUNS.has(single)) {
    const pronoun = single;
    return { text, name: null, acronym: null, role: null, kind: pronoun === 'it' ? 'organization' : 'unknown', gender: pronoun === 'she' ? 'female' : pronoun === 'he' ? 'male' : null, plural: pronoun === 'they' || pronoun === 'we', pronoun, parts: [] };
  }
  const parts = jointParts(doc, p).map((q) => describe(doc, q));
  if (parts.length) return { text, name: null, acronym: null, role: null, kind: 'group', gender: null, plural: true, pronoun: null, parts };
  const run = withoutInsertion(doc, withoutNationalityPlural(doc, withoutTitleOnly(doc, nameRun(doc, p), p.last)), p.last);
  let acronym: string | null = null;
  // A punctuation token's `lower` is the mark itself.
  if (lower[p.last + 1] === '(' && lower[p.last + 3] === ')' && ACRONYM.test(tokens.textOf(p.last + 2))) acronym = tokens.textOf(p.last + 2);
  // "the station chief known as Bob": a description names its source by the name it goes by (knownAs.ts).
  const name = run ? doc.text.slice(tokens.start[run[0]], tokens.end[run[1]]) : nameKnownAs(doc, p.last);
  if (run && run[0] === run[1] && ACRONYM.test(name!) && name!.length >= 2) acronym = name;
  const roleText = run ? doc.text.slice(start, tokens.start[run[0]]).trim().replace(/[,\s]+$/, '') : text;
  const lowers: string[] = [];
  for (let i = p.first; i <= p.last; i++) lowers.push(lower[i]);
  const headLower = run ? lower[run[1]] : descriptionHead(lowers);
  const firstName = run ? lower[run[0]] : '';
  const gender: Gender = FEMALE_NAMES.has(firstName) || lowers.some((w) => FEMALE_WORDS.has(w) && w !== 'her') ? 'female'
    : MALE_NAMES.has(firstName) || lowers.some((w) => MALE_WORDS.has(w) && w !== 'his') ? 'male' : null;
  const plural = !run && (GROUPS.has(headLower) || (/s$/.test(headLower) && !ROLES.has(headLower) && !/ss$/.test(headLower)));
  let kind = kindOf(run !== null, headLower, lowers, plural, gender, run ? run[1] - run[0] + 1 : 0, acronym !== null);
  if (run && kind === 'person' && !gender && isArticleBeforeName(doc, p.first, run[0])) kind = 'organization';
  // "al-Balawi", "van Dijk": a name opened by a lowercase particle is a family name, a person's.
  if (run && kind === 'unknown' && opensWithParticle(doc, p.first)) kind = 'person';
  // "Union of Rationalist Atheists and Agnostics", "Department of Agriculture": an organisation word in the name.
  if (run && kind !== 'group' && !gender) for (let i = run[0]; i <= run[1]; i++) if (ORG_HEADS.has(lower[i])) kind = 'organization';
  // "South Lebanon": a region of a known place is a place too (regionPlace.ts).
  if (name && !gender && (PLACES.has(name.toLowerCase()) || isRegionOfPlace(name.toLowerCase()))) kind = 'organization';
  // "the semi-official Tasnim news agency": the name is the agency's ("official" is no person's title here).
  if (run && lower[run[1] + 1] === 'news' && lower[p.last] === 'agency' && run[1] + 2 === p.last) kind = 'organization';
  // "former Guantanamo Bay detainees … he described": a name ending in a geographic feature is a place, no person.
  if (run && run[1] > run[0] && !gender && PLACE_FEATURES.has(lower[run[1]]) && kind !== 'group') kind = 'organization';
  if (run && kind === 'organization' && namesAnOffice(doc, run)) kind = 'person';
  return { text, name, acronym, role: roleText.length ? roleText : null, kind, gender, plural, pronoun: null, parts: [] };
}

/** "the Secretary for Rural Affairs", "the Party Secretary of the Treasury": a title heading an office names its holder. */
function namesAnOffice(doc: Doc, run: readonly [number, number]): boolean {
  const lower = doc.tokens.lower;
  for (let i = run[0]; i < run[1]; i++) if (TITLES.has(lower[i]) && (lower[i + 1] === 'for' || lower[i + 1] === 'of')) return true;
  return false;
}

function opensWithParticle(doc: Doc, k: number): boolean {
  const text = doc.tokens.textOf(k);
  const dash = text.search(/[-'’]/);
  return /^\p{Ll}/u.test(text) && NAME_PARTICLES.has(dash > 0 ? text.slice(0, dash) : text);
}

function kindOf(named: boolean, head: string, lowers: readonly string[], plural: boolean, gender: Gender, nameLength: number, acronym: boolean): SpeakerKind {
  if (plural) return 'group';
  if (ORG_HEADS.has(head) || (acronym && nameLength === 1)) return 'organization';
  if (gender || lowers.some((w) => TITLES.has(w))) return 'person';
  if (named) return nameLength >= 2 ? 'person' : 'unknown';
  if (PERSON_ROLES.has(head) || NATIONALITY_NOUNS.has(head)) return 'person';
  if (THING_ROLES.has(head)) return 'organization';
  return ROLES.has(head) ? (/(?:man|woman|person|er|or|ist|ent|ant|ian|ee|ate)$/.test(head) ? 'person' : 'organization') : 'unknown';
}
