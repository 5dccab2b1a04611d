/**
 * Descriptions that refer back by position or age rather than by role words: "the former" / "the latter"
 * (one of the last two people named: "Anna Berg and Peter Holm met. … the latter said"), "the pair" / "the
 * two" (the last joint source) and "the 45-year-old" (the last person named, one given that age first).
 */
import type { MentionInfo } from '../mentions/describe';
import type { Entity } from './entities';
import { entityHasWord } from './descriptions';
import { PERSON_ROLES, ROLES, TITLES } from '../mentions/lexicon';
import { singularNoun } from '../text/pluralSpelling';

const POSITIONAL = /^the\s+(former|latter)$/i;
const JOINT = /^the\s+(?:pair|two|duo|couple|two\s+(?:men|women|leaders|sides))$/i;
/**
 * "the two senators", "both men", "both leaders", "Both": a number or "both" before a plural noun counts the
 * members of a pair met before ("Senators Ruth Calloway and Dean Marsh … The two senators said").
 */
const COUNTED_PAIR = /^(?:the\s+two|both(?:\s+the)?)\s+(?:\p{L}+s|\p{L}*men|people)$|^both$/iu;

/** Whether `text` opens with t/T or b/B, as "the" and "both" do (no other character matches or folds to them). */
function opensWithTorB(text: string): boolean {
  const first = text.charCodeAt(0) | 32;
  return first === 116 || first === 98;
}

/** Whether a description refers back to two sources together ("the pair", "the two companies", "both men"). */
function isJointDescription(text: string): boolean {
  return JOINT.test(text) || COUNTED_PAIR.test(text);
}

/**
 * Whether a joint description counts people ("the pair", "the two leaders", "both men"), who may be two
 * names met apart; not "the two countries" (which must be a joint source met before).
 */
export function countsPeople(text: string): boolean {
  const t = text.trim();
  // Asked of every mention: both patterns open with "the" or "both".
  if (!opensWithTorB(t)) return false;
  // "the two sides" after two leaders met may be their delegations or governments: only a joint source met before.
  if (JOINT.test(t)) return !/sides$/i.test(t);
  if (!COUNTED_PAIR.test(t)) return false;
  const noun = t.toLowerCase().split(/\s+/).pop()!;
  if (noun === 'both' || /men$|^people$/.test(noun)) return true;
  const one = singularNoun(noun) ?? '';
  // A role noun names people by its ending ("leader", "senator", "president"), not "company" or "bank".
  return PERSON_ROLES.has(one) || TITLES.has(one) || (ROLES.has(one) && /(?:man|woman|person|er|or|ist|ent|ant|ian|ee|ate)$/.test(one));
}
/** "the 45-year-old", "the 30-year-old mother": an age, then at most one lowercase noun. */
const AGE = /^[Tt]he\s+([\p{L}\p{N}]+-year-old)(?:\s+\p{Ll}+)?$/u;
/** How many of the most recent entities these descriptions look back over. */
const LOOKBACK = 4;

type ById = (id: string) => Entity | undefined;

const singlePerson = (e: Entity) => e.members.length === 0 && !e.plural && (e.kind === 'person' || (e.kind === 'unknown' && e.surname !== null));

/** The entity such a description refers back to, or null (also for every other phrase). */
export function positionalAntecedent(info: MentionInfo, recent: readonly Entity[], byId: ById): Entity | null {
  if (info.name || info.pronoun || info.parts.length) return null;
  const text = info.text.trim();
  // Asked of every mention: each pattern opens with "the" or "both" (see countsPeople).
  if (!opensWithTorB(text)) return null;
  const position = POSITIONAL.exec(text);
  if (position) return formerOrLatter(position[1].toLowerCase() === 'former', recent, byId);
  if (isJointDescription(text)) {
    // "the two leaders" counts people, "the two companies" does not: the joint's members must agree.
    const people = countsPeople(text);
    // A name of two words with no title or gender is a person's only by default ("Velora Systems").
    const knownPerson = (m: Entity | undefined) => m?.kind === 'person' && (m.gender !== null || m.role !== null);
    const fitsMembers = (e: Entity) => !COUNTED_PAIR.test(text) || e.members.every((id) => people ? byId(id)?.kind === 'person' : !knownPerson(byId(id)));
    return recent.slice(0, LOOKBACK).find((e) => e.members.length >= 2 && fitsMembers(e)) ?? null;
  }
  const age = AGE.exec(text);
  return age ? agedPerson(age[1].toLowerCase(), info, recent) : null;
}

/** A joint source met before a second person settles it ("Roth and Mora met. Mora praised …. the former"). */
function formerOrLatter(former: boolean, recent: readonly Entity[], byId: ById): Entity | null {
  const people: Entity[] = [];
  for (const e of recent.slice(0, LOOKBACK)) {
    if (e.members.length === 2) return byId(e.members[former ? 0 : 1]) ?? null;
    if (singlePerson(e) && people.push(e) === 2) return former ? people[1] : people[0];
  }
  return null;
}

function agedPerson(age: string, info: MentionInfo, recent: readonly Entity[]): Entity | null {
  const people = recent.filter((e) => singlePerson(e) && !(info.gender && e.gender && info.gender !== e.gender));
  // "Jan Dekker, a 70-year-old pensioner, … a teenager … the 70-year-old said": the one given the age.
  // "Mark Ellis described the crash. The 19-year-old driver said …": a noun after the age describes someone new
  // unless the person was given it ("Tom Reilly, a driver").
  const noun = /\s(\p{Ll}+)$/u.exec(info.text.trim())?.[1];
  // "Tomas Reiner, 45, was arrested in Kelby": a person before a name of unknown kind (a place, most often).
  const named = (e: Entity) => e.surname !== null && (!noun || entityHasWord(e, noun));
  return people.find((e) => entityHasWord(e, age)) ?? people.find((e) => e.kind === 'person' && named(e)) ?? people.find(named) ?? null;
}
