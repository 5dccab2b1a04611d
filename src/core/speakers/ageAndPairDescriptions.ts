/**
 * Descriptions that refer back by position or age rather than by role words: "the former" / "the latter"
 * (one of the last two people named: "Anna Berg and Peter Holm met. … the latter said"), "the pair" / "the
 * two" (the last joint source) and "the 45-year-old" (the last person named, one given that age first).
 */
import type { MentionInfo } from '../mentions/describe';
import type { Entity } from './entities';
import { entityHasWord } from './descriptions';

const POSITIONAL = /^the\s+(former|latter)$/i;
const JOINT = /^the\s+(?:pair|two|duo|couple|two\s+(?:men|women|leaders|sides))$/i;
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
  const position = POSITIONAL.exec(text);
  if (position) return formerOrLatter(position[1].toLowerCase() === 'former', recent, byId);
  if (JOINT.test(text)) return recent.slice(0, LOOKBACK).find((e) => e.members.length >= 2) ?? null;
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
  return people.find((e) => entityHasWord(e, age)) ?? people.find((e) => e.surname !== null && (!noun || entityHasWord(e, noun))) ?? null;
}
